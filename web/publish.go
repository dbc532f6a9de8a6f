package web

import (
	"errors"
	"net/http"
	"path/filepath"
	"slices"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/publish"
)

// publishView is the page that makes the version to publish from the
// reviewers' finished Word draft, with the same choices as
// `reportpipe publish`.
type publishView struct {
	Frame
	MaxMB   int64
	Choices publishChoices
	Problem string
	// Open are the items that still need a decision (a refused publish).
	Open []openItem
	// Written is the published set, when there is one.
	Written *publishedView
}

// publishChoices are the form's checkboxes, kept when the page comes back.
type publishChoices struct {
	AcceptChanges, DropComments bool
	Allow                       []string
}

// Allows says whether the allowance named (awaited, unplaced,
// personal-data) was chosen.
func (c publishChoices) Allows(name string) bool { return slices.Contains(c.Allow, name) }

// openItem is one open item as the command line prints it: its kind, its
// place (statement and section) and what it is.
type openItem struct {
	Kind, Statement, Section, What string
}

// publishedView is what a publish wrote, by base name (the download
// handler serves files of the output folder by name).
type publishedView struct {
	DOCX, PDF, HTML, Register string
	Accepted, Dropped         int
	Edits                     int
	Allowed                   []string
}

// allowNames are the form's words for the kinds that can be allowed, as
// --allow spells them.
var allowNames = map[string]publish.Kind{
	"awaited":       publish.Awaited,
	"unplaced":      publish.Unplaced,
	"personal-data": publish.PersonalData,
}

func (s *Server) publishFrame() publishView {
	return publishView{Frame: s.frame("publish", "Publish", false), MaxMB: s.opt.MaxFileBytes >> 20}
}

func (s *Server) publishPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "publish", s.publishFrame())
}

// publishEdited takes one edited .docx (field "edited") within the size
// limit, and the choices, and runs the library's publish (the call the
// command line makes). The upload's name is only shown, never used as a
// path: the file is read in memory and saved nowhere.
func (s *Server) publishEdited(w http.ResponseWriter, r *http.Request) {
	v := s.publishFrame()
	up, code, problem := s.readEdited(w, r)
	if problem != "" {
		v.Problem = problem
		s.render(w, code, "publish", v)
		return
	}
	opts, choices := readChoices(r)
	v.Choices = choices
	if !s.draftMu.TryLock() {
		refuse(w, http.StatusConflict, "A draft is being built or published already; wait for it, then try again.")
		return
	}
	defer s.draftMu.Unlock()
	pub, err := s.publish(r, up, opts)
	if err != nil {
		v.Problem = "Nothing was published: " + err.Error()
		if re, ok := errors.AsType[*publish.RefusedError](err); ok {
			v.Problem = "Nothing was published: the document still has open items to decide."
			v.Open = openItems(re.Items)
		}
		s.render(w, http.StatusUnprocessableEntity, "publish", v)
		return
	}
	v.Written = publishedOf(pub)
	s.render(w, http.StatusOK, "publish", v)
}

func (s *Server) publish(r *http.Request, up editedUpload, opts publish.Options) (*pipeline.Published, error) {
	p, err := pipeline.New(s.opt.Config, s.opt.PipelineOptions...)
	if err != nil {
		return nil, err
	}
	return p.Publish(r.Context(), up.Name, up.Data, opts)
}

// readChoices reads the checkboxes; a value the form does not offer is
// ignored, so it can never allow more than the page shows.
func readChoices(r *http.Request) (publish.Options, publishChoices) {
	c := publishChoices{AcceptChanges: r.FormValue("accept-changes") != "", DropComments: r.FormValue("drop-comments") != ""}
	opts := publish.Options{AcceptChanges: c.AcceptChanges, DropComments: c.DropComments}
	var vals []string
	if r.MultipartForm != nil {
		vals = r.MultipartForm.Value["allow"]
	}
	for _, name := range []string{"awaited", "unplaced", "personal-data"} {
		if slices.Contains(vals, name) {
			c.Allow = append(c.Allow, name)
			opts.Allow = append(opts.Allow, allowNames[name])
		}
	}
	return opts, c
}

func openItems(items []publish.Item) []openItem {
	out := make([]openItem, 0, len(items))
	for _, it := range items {
		o := openItem{Kind: string(it.Kind), Statement: it.Where.Statement, Section: it.Where.Section, What: it.What}
		if o.Statement == "" && o.Section == "" {
			o.Statement = it.Where.String() // "the title pages", as the command line says
		}
		out = append(out, o)
	}
	return out
}

func publishedOf(p *pipeline.Published) *publishedView {
	v := &publishedView{DOCX: filepath.Base(p.DOCX), PDF: filepath.Base(p.PDF), HTML: filepath.Base(p.HTML),
		Register: filepath.Base(p.Register), Accepted: p.Accepted, Dropped: p.DroppedComments, Edits: len(p.Edits)}
	for _, it := range p.Allowed {
		v.Allowed = append(v.Allowed, it.String())
	}
	return v
}
