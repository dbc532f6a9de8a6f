package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"sync"

	"github.com/reportpipe/reportpipe/pipeline"
)

// uploadResult is one file of an upload: saved (under SavedAs) or refused.
type uploadResult struct {
	Name    string
	SavedAs string
	Refused string
}

// batches keeps the last uploads' results so the page after an upload can
// be reloaded (by the events) without posting again.
type batches struct {
	mu    sync.Mutex
	next  int
	items map[int][]uploadResult
}

func (b *batches) put(r []uploadResult) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.items == nil {
		b.items = map[int][]uploadResult{}
	}
	b.next++
	b.items[b.next] = r
	delete(b.items, b.next-50)
	return b.next
}

func (b *batches) get(id int) []uploadResult {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.items[id]
}

// errTooLarge marks a file or a request over the limits.
var errTooLarge = errors.New("too large")

// upload saves the files of a multipart form (field "files") into the
// submissions folder. Each file is checked on its own: its name (checkName)
// and then as a scanned file would be (pipeline.CheckUpload). A request
// over the limits is refused whole (413); one whose every file is refused
// gets 400; otherwise the browser is sent to the results, and the
// workspace is read again.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, int64(s.opt.MaxFiles)*(s.opt.MaxFileBytes+1<<16))
	mr, err := r.MultipartReader()
	if err != nil {
		refuse(w, http.StatusBadRequest, "The upload is not a form with files.")
		return
	}
	results, err := s.readParts(mr)
	if errors.Is(err, errTooLarge) {
		s.render(w, http.StatusRequestEntityTooLarge, "add", s.addView(results, err.Error()))
		return
	}
	if err != nil {
		refuse(w, http.StatusBadRequest, "The upload could not be read: "+err.Error())
		return
	}
	saved := 0
	for _, u := range results {
		if u.SavedAs != "" {
			saved++
		}
	}
	if saved == 0 {
		s.render(w, http.StatusBadRequest, "add", s.addView(results, "No file was saved."))
		return
	}
	id := s.uploads.put(results)
	go func() { _ = s.Refresh(context.WithoutCancel(r.Context())) }()
	http.Redirect(w, r, fmt.Sprintf("/add?batch=%d", id), http.StatusSeeOther)
}

// readParts reads and saves the form's files one by one.
func (s *Server) readParts(mr *multipart.Reader) ([]uploadResult, error) {
	var out []uploadResult
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return out, nil
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return out, fmt.Errorf("%w: the upload is larger than the app accepts at once; send fewer files at a time", errTooLarge)
		}
		if err != nil {
			return out, err
		}
		name, isFile := rawFileName(part)
		if part.FormName() != "files" || !isFile {
			part.Close()
			continue
		}
		if len(out) == s.opt.MaxFiles {
			return out, fmt.Errorf("%w: at most %d files at a time", errTooLarge, s.opt.MaxFiles)
		}
		u, err := s.savePart(part, name)
		part.Close()
		if err != nil {
			return append(out, u), err
		}
		if u.Name != "" {
			out = append(out, u)
		}
	}
}

// savePart checks and saves one file; an error stops the whole upload.
func (s *Server) savePart(part *multipart.Part, name string) (uploadResult, error) {
	u := uploadResult{Name: name}
	data, err := io.ReadAll(io.LimitReader(part, s.opt.MaxFileBytes+1))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || int64(len(data)) > s.opt.MaxFileBytes {
		u.Refused = fmt.Sprintf("larger than %d MB, the most reportpipe reads", s.opt.MaxFileBytes>>20)
		return u, fmt.Errorf("%w: %s is %s", errTooLarge, name, u.Refused)
	}
	if err != nil {
		return u, err
	}
	if name == "" && len(data) == 0 {
		return uploadResult{}, nil // the form sent with no file chosen
	}
	if err := checkName(name); err != nil {
		u.Refused = err.Error()
		return u, nil
	}
	if err := pipeline.CheckUpload(name, data); err != nil {
		u.Refused = err.Error()
		return u, nil
	}
	saved, err := saveNew(s.opt.Config.Paths.Submissions, name, data)
	if err != nil {
		u.Refused = err.Error()
		return u, nil
	}
	u.SavedAs = saved
	return u, nil
}

// rawFileName is the file name exactly as the browser sent it.
// multipart.Part.FileName keeps only the last element of a path, which
// would hide a name such as "../../x.docx" that must be refused, not saved
// under another name.
func rawFileName(p *multipart.Part) (string, bool) {
	_, params, err := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
	if err != nil {
		return "", false
	}
	name, ok := params["filename"]
	return name, ok
}
