package web_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// post sends a same-origin form post with the token.
func (a *app) post(t *testing.T, path, contentType string, body []byte) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, a.http.URL+path+"?token="+a.srv.Token(), bytes.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Origin", a.http.URL)
	return a.do(t, req)
}

// A draft built from the app, then brought up to date from the app: the
// updated copy is written beside it and offered for download.
func TestDraftThenUpdateFromTheApp(t *testing.T) {
	a := newApp(t, 0)
	src := filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(a.cfg.Paths.Submissions, filepath.Base(src)), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := a.srv.Refresh(t.Context()); err != nil {
		t.Fatal(err)
	}
	if resp, body := a.get(t, "/source/Riverside%20Community%20Health%20-%20LSCB%20statement.docx", true); resp.StatusCode != http.StatusOK || body != string(data) ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("the source file: %d, %d bytes, %q", resp.StatusCode, len(body), resp.Header.Get("Content-Disposition"))
	}
	resp, body := a.post(t, "/drafts", "application/x-www-form-urlencoded", nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "A new draft was written") {
		t.Fatalf("build a draft: %d\n%s", resp.StatusCode, body)
	}
	drafts, _ := filepath.Glob(filepath.Join(a.cfg.Paths.Output, "*-draft-*.docx"))
	if len(drafts) != 1 {
		t.Fatalf("drafts %v, want one", drafts)
	}
	if resp, _ := a.get(t, "/drafts/"+filepath.Base(drafts[0]), true); resp.StatusCode != http.StatusOK {
		t.Errorf("download the draft: %d", resp.StatusCode)
	}
	edited, _ := os.ReadFile(drafts[0])
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	w, _ := mw.CreateFormFile("edited", filepath.Base(drafts[0]))
	w.Write(edited)
	mw.Close()
	resp, body = a.post(t, "/update", mw.FormDataContentType(), form.Bytes())
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "tracked changes") {
		t.Fatalf("update: %d\n%s", resp.StatusCode, body)
	}
	if up, _ := filepath.Glob(filepath.Join(a.cfg.Paths.Output, "*-updated-*.docx")); len(up) != 1 || !strings.Contains(body, filepath.Base(up[0])) {
		t.Errorf("updated drafts %v, not offered on the page", up)
	}
}
