package web

import (
	"net/http"
	"net/url"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// decide saves a reviewers' placement decision for one block of one
// agency's statement (the form beside each block), reads the workspace
// again so the page shows it, and goes back to the block. Only a block of
// the newest compile can be decided on, and only into a template section
// or out of the statement.
func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		refuse(w, http.StatusBadRequest, "The form could not be read.")
		return
	}
	agency, hash := r.PostForm.Get("agency"), r.PostForm.Get("block")
	section := model.SectionKey(r.PostForm.Get("section"))
	b, ok := s.findBlock(agency, hash)
	if !ok {
		refuse(w, http.StatusNotFound, "That block is not in the newest compile of "+agency+"'s statement; reload the page.")
		return
	}
	if !s.isChoice(section) {
		refuse(w, http.StatusBadRequest, "Choose one of the sections offered.")
		return
	}
	d := pipeline.Decision{Agency: agency, Block: hash, Section: section, Text: pipeline.Opening(b)}
	if err := pipeline.SaveDecision(s.opt.Config.Paths.Decisions, d); err != nil {
		refuse(w, http.StatusInternalServerError, "The decision could not be saved: "+err.Error())
		return
	}
	_ = s.Refresh(r.Context()) // a failed compile shows on the page
	http.Redirect(w, r, "/statements/"+url.PathEscape(agency)+"#blk-"+hash, http.StatusSeeOther)
}

func (s *Server) findBlock(agency, hash string) (model.Block, bool) {
	st := s.current()
	if st.res == nil {
		return nil, false
	}
	for _, x := range st.res.Report.Statements {
		if x.Agency != agency {
			continue
		}
		for _, p := range x.Placements {
			if p.Block != nil && pipeline.BlockHash(p.Block) == hash {
				return p.Block, true
			}
		}
	}
	return nil, false
}

func (s *Server) isChoice(k model.SectionKey) bool {
	if k == pipeline.NotPartOfStatement {
		return true
	}
	st := s.current()
	if st.res == nil {
		return false
	}
	for _, sec := range st.res.Report.Sections {
		if sec.Key == k {
			return true
		}
	}
	return false
}
