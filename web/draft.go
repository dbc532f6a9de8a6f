package web

import (
	"net/http"
	"path/filepath"
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
	if s.opt.Draft == nil {
		v.Problem, code = "Building drafts is not available in this copy of reportpipe.", http.StatusNotImplemented
	} else if paths, err := s.opt.Draft(r.Context()); err != nil {
		v.Problem, code = "No draft was written: "+err.Error(), http.StatusUnprocessableEntity
	} else {
		for _, p := range paths {
			v.Built = append(v.Built, filepath.Base(p))
		}
	}
	v.Files = s.drafts()
	s.render(w, code, "drafts", v)
}
