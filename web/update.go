package web

import (
	"errors"
	"net/http"
	"path/filepath"

	"github.com/reportpipe/reportpipe/pipeline"
)

// updateView is the page that brings the reviewers' edited Word draft up
// to date: every change since it was made comes in as tracked changes.
type updateView struct {
	Frame
	Problem    string
	Path, Page string
	Changes    int
	Fresh      []string
	MaxMB      int64
}

func (s *Server) updatePage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "update", updateView{Frame: s.frame("update", "Update the reviewers' draft", false), MaxMB: s.opt.MaxFileBytes >> 20})
}

// updateDraft takes one edited .docx (field "edited"), within the size
// limit, and runs the library's update on it. Its name is only shown, never
// used as a path: the edited file is not saved anywhere but in the
// update's output.
func (s *Server) updateDraft(w http.ResponseWriter, r *http.Request) {
	v := updateView{Frame: s.frame("update", "Update the reviewers' draft", false), MaxMB: s.opt.MaxFileBytes >> 20}
	up, code, problem := s.readEdited(w, r)
	if problem != "" {
		v.Problem = problem
		s.render(w, code, "update", v)
		return
	}
	if !s.draftMu.TryLock() {
		refuse(w, http.StatusConflict, "A draft is being built already; wait for it, then try again.")
		return
	}
	defer s.draftMu.Unlock()
	s.runUpdate(w, r, &v, up.Name, up.Data)
}

func (s *Server) runUpdate(w http.ResponseWriter, r *http.Request, v *updateView, name string, edited []byte) {
	p, err := pipeline.New(s.opt.Config, s.opt.PipelineOptions...)
	if err == nil {
		var up *pipeline.Updated
		if up, err = p.Update(r.Context(), name, edited); err == nil {
			v.Path, v.Page, v.Changes = filepath.Base(up.Path), filepath.Base(up.Page), len(up.Changes)
			s.render(w, http.StatusOK, "update", *v)
			return
		}
	}
	v.Problem = err.Error()
	if re, ok := errors.AsType[*pipeline.UpdateRefusedError](err); ok && re.Fresh != nil {
		for _, p := range re.Fresh.Paths {
			v.Fresh = append(v.Fresh, filepath.Base(p))
		}
	}
	s.render(w, http.StatusUnprocessableEntity, "update", *v)
}
