package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
)

// editedUpload is the reviewers' edited Word draft as a form sent it
// (field "edited"): its name, only ever shown, and its bytes, held in
// memory and never saved (not in submissions/, nowhere).
type editedUpload struct {
	Name string
	Data []byte
}

// readEdited reads the edited draft within the size limit. On failure it
// returns the status and the sentence the page shows.
func (s *Server) readEdited(w http.ResponseWriter, r *http.Request) (editedUpload, int, string) {
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxFileBytes+1<<16)
	f, hdr, err := r.FormFile("edited")
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return editedUpload{}, http.StatusRequestEntityTooLarge, fmt.Sprintf("The file is larger than %d MB.", s.opt.MaxFileBytes>>20)
		}
		return editedUpload{}, http.StatusBadRequest, "Choose the reviewers' edited Word draft (.docx) first."
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, s.opt.MaxFileBytes+1))
	if err != nil {
		return editedUpload{}, http.StatusBadRequest, "The file could not be read: " + err.Error()
	}
	if int64(len(data)) > s.opt.MaxFileBytes {
		return editedUpload{}, http.StatusRequestEntityTooLarge, fmt.Sprintf("The file is larger than %d MB.", s.opt.MaxFileBytes>>20)
	}
	return editedUpload{Name: filepath.Base(hdr.Filename), Data: data}, http.StatusOK, ""
}
