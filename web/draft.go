package web

import (
	"context"
	"net/http"
	"path/filepath"

	"github.com/reportpipe/reportpipe/pipeline"
)

// draftsView is the drafts page: build one, download any.
type draftsView struct {
	Frame
	Files   []draftFile
	Built   []string
	Problem string
}

func (s *Server) draftsPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "drafts", draftsView{Frame: s.frame("drafts", "Drafts", false), Files: s.drafts()})
}

// buildDraft writes a new draft set (always: the button means "now"),
// one at a time, and shows the drafts page with the new files first.
func (s *Server) buildDraft(w http.ResponseWriter, r *http.Request) {
	if !s.draftMu.TryLock() {
		refuse(w, http.StatusConflict, "A draft is being built already; wait for it, then reload the drafts page.")
		return
	}
	defer s.draftMu.Unlock()
	v := draftsView{Frame: s.frame("drafts", "Drafts", false)}
	code := http.StatusOK
	if paths, err := s.draft(r.Context()); err != nil {
		v.Problem, code = "No draft was written: "+err.Error(), http.StatusUnprocessableEntity
	} else {
		for _, p := range paths {
			v.Built = append(v.Built, filepath.Base(p))
		}
	}
	v.Files = s.drafts()
	s.render(w, code, "drafts", v)
}

// draft writes a new set through the library's own path (pipeline.Draft,
// under the output folder's lock), as run does, unless Options.Draft says
// otherwise.
func (s *Server) draft(ctx context.Context) ([]string, error) {
	if s.opt.Draft != nil {
		return s.opt.Draft(ctx)
	}
	p, err := pipeline.New(s.opt.Config, s.opt.PipelineOptions...)
	if err != nil {
		return nil, err
	}
	d, err := p.Draft(ctx, pipeline.DraftChoices{Force: true})
	if d == nil {
		return nil, err
	}
	return d.Paths, err
}
