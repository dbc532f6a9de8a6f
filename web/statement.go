package web

import (
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// fateReading is the fate of a file the newest compile has not read yet.
const fateReading = "Being read…"

// fateOf says what the newest compile did with a file saved under name in
// the submissions folder; bad when it could not be used.
func (s *Server) fateOf(name string) (string, bool) {
	st := s.current()
	if st.res == nil {
		return fateReading, false
	}
	for _, f := range st.res.Files {
		if filepath.Base(f.Path) != name || filepath.Dir(f.Path) != filepath.Clean(s.opt.Config.Paths.Submissions) {
			continue
		}
		switch f.Status {
		case pipeline.FileUsed:
			return "Used for " + f.Agency + ".", false
		case pipeline.FileRejected:
			return "Could not be used: " + f.Reason, true
		case pipeline.FileSuperseded:
			return "An earlier version: " + f.Reason, false
		case pipeline.FileUnidentified:
			return "Read, but no agency in the configuration matched it (titled “" + f.Agency + "”).", true
		}
	}
	return fateReading, false
}

// statementView is one statement: its sections with their blocks, each
// block with where it came from and a choice of where it should go.
type statementView struct {
	Frame
	Agency, Number string
	Flags          []model.Flag
	Sources        []sourceLink
	Sections       []sectionView
	Choices        []choice
}

type sourceLink struct{ Name, URL string }

type choice struct {
	Key   model.SectionKey
	Title string
}

type sectionView struct {
	Key    model.SectionKey
	Title  string
	Blocks []blockView
}

type blockView struct {
	ID, Hash, Text, Opening string
	Kind                    model.Kind
	Rows                    [][]string
	Heading                 bool
	Doubt                   string // why a reviewer should look: uncertain, not placed
	Decided                 string
	Source                  sourceLink
	Page                    int
	Section                 model.SectionKey
}

func (s *Server) statement(w http.ResponseWriter, r *http.Request) {
	agency := r.PathValue("agency")
	st := s.current()
	var found *model.Statement
	if st.res != nil {
		for _, x := range st.res.Report.Statements {
			if x.Agency == agency {
				found = x
			}
		}
	}
	if found == nil {
		refuse(w, http.StatusNotFound, "No statement from "+agency+" in the newest compile.")
		return
	}
	s.render(w, http.StatusOK, "statement", s.statementView(st.res.Report, found))
}

func (s *Server) statementView(rep *model.Report, st *model.Statement) statementView {
	v := statementView{Frame: s.frame("statement", st.Agency, false), Agency: st.Agency, Number: st.Number, Flags: rep.FlagsOf(st)}
	titles := map[model.SectionKey]string{model.SectionUnmapped: "Not placed in a section"}
	for _, sec := range rep.Sections {
		titles[sec.Key] = sec.Title
		v.Choices = append(v.Choices, choice{sec.Key, sec.Title})
		v.Sections = append(v.Sections, sectionView{Key: sec.Key, Title: sec.Title})
	}
	v.Choices = append(v.Choices, choice{pipeline.NotPartOfStatement, "Not part of the statement"})
	v.Sections = append(v.Sections, sectionView{Key: model.SectionUnmapped, Title: titles[model.SectionUnmapped]})
	at := map[model.SectionKey]int{}
	for i, sec := range v.Sections {
		at[sec.Key] = i
	}
	src := map[model.Block]model.Source{}
	for _, d := range st.Documents {
		v.Sources = append(v.Sources, s.sourceLink(d.Source))
		for _, b := range d.Blocks {
			src[b] = d.Source
		}
	}
	low := s.opt.Config.Mapping.LowConfidence
	seen := map[string]int{}
	for _, p := range st.Placements {
		if p.Block == nil || p.Role == model.RoleTitle {
			continue
		}
		hash := pipeline.BlockHash(p.Block)
		seen[hash]++
		b := s.blockView(p, hash, seen[hash], src[p.Block])
		b.Doubt = doubt(p, low, titles)
		i, ok := at[p.Section]
		if !ok {
			i = at[model.SectionUnmapped]
		}
		v.Sections[i].Blocks = append(v.Sections[i].Blocks, b)
	}
	return v
}

// blockView is one placed block; the nth of its text in the statement (the
// same text twice keeps its ids unique).
func (s *Server) blockView(p model.Placement, hash string, nth int, src model.Source) blockView {
	id := "blk-" + hash
	if nth > 1 {
		id += fmt.Sprintf("-%d", nth)
	}
	b := blockView{ID: id, Hash: hash, Text: p.Block.PlainText(),
		Opening: pipeline.Opening(p.Block), Kind: p.Block.Kind(), Heading: p.IsHeading(),
		Source: s.sourceLink(src), Page: p.Block.Pos().Page, Section: p.Section}
	if t, ok := p.Block.(*model.Table); ok {
		b.Rows = t.Rows
	}
	b.Decided = decided(p)
	return b
}

// doubt is why a reviewer should look at a placement, or "".
func doubt(p model.Placement, low float64, titles map[model.SectionKey]string) string {
	switch {
	case p.Mapper == model.MapperReviewers:
		return ""
	case p.Section == model.SectionUnmapped:
		return "Not placed in any section: choose one, or mark it not part of the statement."
	case !p.IsHeading() && p.Confidence < low:
		msg := fmt.Sprintf("Uncertain placement (%.2f)", p.Confidence)
		if t := titles[p.RunnerUp]; t != "" && p.RunnerUp != p.Section && p.RunnerUp != model.SectionUnmapped {
			msg += ": could be " + t
		}
		return msg + "."
	}
	return ""
}

func decided(p model.Placement) string {
	if p.Mapper != model.MapperReviewers {
		return ""
	}
	if p.Section == model.SectionUnmapped {
		return "Not part of the statement: " + model.PlacedByReviewers + "."
	}
	return "Placed here by the reviewers."
}

// sourceLink links a submission file through /source/, relative to the
// submissions folder.
func (s *Server) sourceLink(src model.Source) sourceLink {
	rel, err := filepath.Rel(s.opt.Config.Paths.Submissions, src.Path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return sourceLink{Name: filepath.Base(src.Path)}
	}
	rel = filepath.ToSlash(rel)
	name := rel
	if src.Attachment != "" {
		name += " (attachment " + src.Attachment + ")"
	}
	parts := strings.Split(rel, "/")
	for i := range parts {
		parts[i] = url.PathEscape(parts[i])
	}
	return sourceLink{Name: name, URL: "/source/" + strings.Join(parts, "/")}
}
