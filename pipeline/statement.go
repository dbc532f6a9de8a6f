package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// firstLinesScanned is how many leading blocks may name the agency.
const firstLinesScanned = 3

// Identify names the agency behind a document from its file name and its
// first lines; for an e-mail attachment also from the sender's address, the
// name the e-mail was saved under and its subject. known is false when no
// configured agency matched and the name is the document's own title.
func (p *Pipeline) Identify(r Read) (name string, known bool) {
	doc := r.Doc
	var lines []string
	for _, b := range doc.Blocks {
		if len(lines) == firstLinesScanned {
			break
		}
		if t := strings.TrimSpace(b.PlainText()); t != "" {
			lines = append(lines, firstLine(t))
		}
	}
	file := filepath.Base(doc.Source.Path)
	if doc.Source.Attachment != "" {
		file = doc.Source.Attachment
	}
	name, known = p.agencies.Identify(file, lines)
	if known || doc.Source.Attachment == "" {
		return name, known
	}
	if n, ok := p.agencies.IdentifyEmail(r.From); ok {
		return n, true
	}
	if n, ok := p.agencies.Identify(filepath.Base(doc.Source.Path), nil); ok {
		return n, true
	}
	if n, ok := p.agencies.Identify("", []string{r.Subject}); ok && r.Subject != "" {
		return n, true
	}
	return name, known
}

// mapped is one document with its placements, before versions are resolved.
type mapped struct {
	read       Read
	agency     string
	known      bool
	placements []model.Placement
}

// mapDocument places the blocks of one document, checking conservation.
func (p *Pipeline) mapDocument(ctx context.Context, d *model.Document) ([]model.Placement, error) {
	pl, err := p.mapper.Map(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", d.Source.Path, err)
	}
	if len(pl) != len(d.Blocks) {
		return nil, fmt.Errorf("map %s: mapper returned %d placements for %d blocks", d.Source.Path, len(pl), len(d.Blocks))
	}
	return pl, nil
}

// assemble makes one agency's Statement from its documents, in the order given.
func (p *Pipeline) assemble(agency string, known bool, docs []mapped) *model.Statement {
	st := &model.Statement{Agency: agency, AgencyKnown: known}
	for _, m := range docs {
		st.Documents = append(st.Documents, m.read.Doc)
		st.Placements = append(st.Placements, m.placements...)
		for _, w := range m.read.Doc.Warnings {
			st.Flags = append(st.Flags, model.Flag{Kind: model.FlagExtractWarning, Message: w})
		}
		if p.llm != nil {
			for _, n := range p.llm.NotesFor(m.read.Doc) {
				st.Flags = append(st.Flags, n.Flag())
			}
		}
	}
	st.Flags = append(st.Flags, p.flags(st)...)
	return st
}

// MapDocument identifies the agency of one document and maps it into a
// Statement of its own (what inspect shows for a single file).
func (p *Pipeline) MapDocument(ctx context.Context, r Read) (*model.Statement, error) {
	agency, known := p.Identify(r)
	pl, err := p.mapDocument(ctx, r.Doc)
	if err != nil {
		return nil, err
	}
	return p.assemble(agency, known, []mapped{{read: r, agency: agency, known: known, placements: pl}}), nil
}

// flags lists what a reviewer should check in a mapped statement.
func (p *Pipeline) flags(st *model.Statement) []model.Flag {
	var out []model.Flag
	if !st.AgencyKnown {
		out = append(out, model.Flag{Kind: model.FlagUnknownAgency, Message: fmt.Sprintf(
			"No configured agency matched this statement; it is shown under its own title %q. Add the agency or an alias to the configuration.", st.Agency)})
	}
	for _, s := range p.tmpl.Sections {
		if s.Required && !st.HasContent(s.Key) {
			out = append(out, model.Flag{Kind: model.FlagMissingSection,
				Message: fmt.Sprintf("No %s section in this statement.", s.Title)})
		}
	}
	unmapped, low := 0, 0
	for _, pl := range st.Placements {
		switch {
		case pl.Section == model.SectionUnmapped:
			unmapped++
		case pl.Role != model.RoleTitle && pl.Confidence < p.cfg.Mapping.LowConfidence:
			low++
		}
	}
	if unmapped > 0 {
		out = append(out, model.Flag{Kind: model.FlagUnmapped, Message: fmt.Sprintf(
			"%d block(s) could not be placed in a section; they are in the appendix.", unmapped)})
	}
	if low > 0 {
		out = append(out, model.Flag{Kind: model.FlagLowConfidence, Message: fmt.Sprintf(
			"%d block(s) placed with low confidence: check their sections.", low)})
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexAny(s, "\n\t"); i >= 0 {
		return s[:i]
	}
	return s
}
