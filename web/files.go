package web

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// source sends a submission file, but only one the newest compile read (a
// name listed in its files): the path in the address is never opened as
// given, so nothing outside the submissions folder can be reached.
func (s *Server) source(w http.ResponseWriter, r *http.Request) {
	want := filepath.Join(s.opt.Config.Paths.Submissions, filepath.FromSlash(r.PathValue("file")))
	st := s.current()
	if st.res == nil {
		refuse(w, http.StatusNotFound, "Not found.")
		return
	}
	for _, f := range st.res.Files {
		if filepath.Clean(f.Path) == want {
			s.sendFile(w, f.Path, filepath.Base(f.Path))
			return
		}
	}
	refuse(w, http.StatusNotFound, "Not found: only the submissions reportpipe has read can be opened here.")
}

// sendFile sends a file as a download, a PDF shown in the browser's own
// viewer; either way with a sandbox, so nothing in it runs as the app.
func (s *Server) sendFile(w http.ResponseWriter, path, name string) {
	data, err := os.ReadFile(path)
	if err != nil {
		refuse(w, http.StatusNotFound, "The file cannot be read now: "+err.Error())
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "sandbox")
	disp := "attachment"
	h.Set("Content-Type", "application/octet-stream")
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		disp = "inline"
		h.Set("Content-Type", "application/pdf")
	}
	h.Set("Content-Disposition", disp+"; filename*=UTF-8''"+pathEscape(name))
	_, _ = w.Write(data)
}

// draftFile is one file of the output folder offered for download.
type draftFile struct {
	Name, Kind, When string
	Size             int64
	at               time.Time
}

// draftKinds are the files of a draft set, by extension, as the page names them.
var draftKinds = map[string]string{".docx": "Word draft", ".html": "Review page", ".md": "Markdown",
	".json": "JSON", ".pdf": "PDF"}

// drafts lists the downloadable files of the output folder, newest first:
// regular files at its top level with a draft's extension, nothing hidden.
func (s *Server) drafts() []draftFile {
	entries, err := os.ReadDir(s.opt.Config.Paths.Output)
	if err != nil {
		return nil
	}
	var out []draftFile
	for _, e := range entries {
		kind, ok := draftKinds[strings.ToLower(filepath.Ext(e.Name()))]
		if !ok || !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		kind = publishedKind(e.Name(), kind)
		out = append(out, draftFile{Name: e.Name(), Kind: kind, Size: info.Size(), at: info.ModTime(),
			When: info.ModTime().Local().Format("2 Jan 2006 15:04")})
	}
	slices.SortStableFunc(out, func(a, b draftFile) int { return b.at.Compare(a.at) })
	return out
}

// publishedKind names the files of a published set (and the older
// .final.docx) apart from drafts; other files keep kind.
func publishedKind(name, kind string) string {
	switch {
	case strings.HasSuffix(name, ".final.docx"):
		return "Version to publish"
	case !strings.Contains(name, "-published-"):
		return kind
	case strings.HasSuffix(name, ".edits-register.html"):
		return "Edits register (for the board's record, not for publication)"
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx":
		return "Version to publish (Word)"
	case ".pdf":
		return "Version to publish (PDF)"
	case ".html":
		return "Version to publish (web page)"
	}
	return kind
}

// download sends one file of the drafts list, by its exact name.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	for _, d := range s.drafts() {
		if d.Name == name {
			s.sendFile(w, filepath.Join(s.opt.Config.Paths.Output, name), name)
			return
		}
	}
	refuse(w, http.StatusNotFound, "Not found: only the drafts listed on the drafts page can be downloaded.")
}

func pathEscape(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~", c) >= 0 {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15])))
		}
	}
	return b.String()
}
