package web

import (
	"net/http"

	"github.com/reportpipe/reportpipe/pipeline/tracker"
)

// chaseView lists the e-mails to send: one per agency still to send (or
// resend) something, each downloadable as an .eml draft that a mail
// program opens ready to send.
type chaseView struct {
	Frame
	Chases []tracker.Chase
}

func (s *Server) chases() []tracker.Chase {
	st := s.current()
	if st.res == nil {
		return nil
	}
	return st.tracker.Chases(s.opt.Now())
}

func (s *Server) chasePage(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "chase", chaseView{Frame: s.frame("chase", "Chase e-mails", true), Chases: s.chases()})
}

// chaseEML sends one agency's message, found by its file name.
func (s *Server) chaseEML(w http.ResponseWriter, r *http.Request) {
	for _, c := range s.chases() {
		if c.FileName() == r.PathValue("name") {
			w.Header().Set("Content-Type", "message/rfc822")
			w.Header().Set("Content-Disposition", "attachment; filename*=UTF-8''"+pathEscape(c.FileName()))
			_, _ = w.Write(c.EML(s.opt.Now()))
			return
		}
	}
	refuse(w, http.StatusNotFound, "No e-mail of that name: the agency may have sent its statement meanwhile.")
}
