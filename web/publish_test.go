package web_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// publishForm is the publish page's form: the edited draft and the
// checkboxes named (e.g. "drop-comments", "allow=awaited").
func publishForm(t *testing.T, name string, edited []byte, choices ...string) (string, []byte) {
	t.Helper()
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	for _, c := range choices {
		k, v, ok := strings.Cut(c, "=")
		if !ok {
			v = "yes"
		}
		mw.WriteField(k, v)
	}
	w, _ := mw.CreateFormFile("edited", name)
	w.Write(edited)
	mw.Close()
	return mw.FormDataContentType(), form.Bytes()
}

// draftFromTheApp puts Riverside's statement in the workspace (Northgate
// Police, also expected, stays awaited), builds a draft from the app and
// returns it.
func draftFromTheApp(t *testing.T, a *app) []byte {
	t.Helper()
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
	if resp, body := a.post(t, "/drafts", "application/x-www-form-urlencoded", nil); resp.StatusCode != http.StatusOK {
		t.Fatalf("build a draft: %d\n%s", resp.StatusCode, body)
	}
	drafts, _ := filepath.Glob(filepath.Join(a.cfg.Paths.Output, "*-draft-*.docx"))
	if len(drafts) != 1 {
		t.Fatalf("drafts %v, want one", drafts)
	}
	edited, err := os.ReadFile(drafts[0])
	if err != nil {
		t.Fatal(err)
	}
	return edited
}

func published(t *testing.T, a *app) []string {
	t.Helper()
	got, _ := filepath.Glob(filepath.Join(a.cfg.Paths.Output, "*-published-*"))
	return got
}

// A draft with a statement still awaited is refused from the app: the page
// lists the open item with its statement, and nothing is written. With the
// allowances chosen, the four files are written, offered for download
// from the output folder, and listed on the drafts page; the uploaded
// file is never saved among the submissions.
func TestPublishFromTheApp(t *testing.T) {
	a := newApp(t, 0)
	edited := draftFromTheApp(t, a)
	subsBefore, _ := os.ReadDir(a.cfg.Paths.Submissions)

	if resp, body := a.get(t, "/publish", true); resp.StatusCode != http.StatusOK || !strings.Contains(body, "<legend>") ||
		!strings.Contains(body, `<label for="allow-awaited">`) || !strings.Contains(body, `href="/publish" aria-current="page"`) {
		t.Errorf("the publish page: %d\n%s", resp.StatusCode, body)
	}
	ct, form := publishForm(t, "board copy.docx", edited)
	resp, body := a.post(t, "/publish", ct, form)
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "open items to decide") ||
		!strings.Contains(body, "<th scope=\"row\">statement awaited</th><td>") || !strings.Contains(body, "Northgate Police") {
		t.Fatalf("a publish with a statement awaited: %d, want 422 listing it\n%s", resp.StatusCode, body)
	}
	if got := published(t, a); len(got) != 0 {
		t.Fatalf("a refused publish wrote %v", got)
	}

	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice (soffice) is not installed: publishing needs it for the PDF and page numbers")
	}
	ct, form = publishForm(t, "board copy.docx", edited, "accept-changes", "drop-comments",
		"allow=awaited", "allow=unplaced", "allow=personal-data")
	resp, body = a.post(t, "/publish", ct, form)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "The version to publish was written") {
		t.Fatalf("publish with the allowances: %d\n%s", resp.StatusCode, body)
	}
	files := published(t, a)
	if len(files) != 4 {
		t.Fatalf("published %v, want four files", files)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if !strings.Contains(body, `href="/drafts/`+name+`"`) {
			t.Errorf("%s is not offered on the page", name)
		}
		want, _ := os.ReadFile(f)
		if resp, got := a.get(t, "/drafts/"+strings.ReplaceAll(name, " ", "%20"), true); resp.StatusCode != http.StatusOK || got != string(want) {
			t.Errorf("download %s: %d, %d bytes of %d", name, resp.StatusCode, len(got), len(want))
		}
	}
	if !strings.Contains(body, "Published as they are, by your choice") || !strings.Contains(body, "statement awaited") {
		t.Errorf("the page does not say what was allowed:\n%s", body)
	}
	if _, drafts := a.get(t, "/drafts", true); !strings.Contains(drafts, "Version to publish (PDF)") || !strings.Contains(drafts, "Edits register") {
		t.Errorf("the drafts page does not name the published files")
	}
	if subs, _ := os.ReadDir(a.cfg.Paths.Submissions); len(subs) != len(subsBefore) {
		t.Errorf("publishing saved the upload among the submissions: %v", subs)
	}
}

// The publish form is a change: without the token in the request, or
// from another origin, it is refused before the file is read.
func TestPublishNeedsTokenAndOrigin(t *testing.T) {
	a := newApp(t, 0)
	ct, form := publishForm(t, "board copy.docx", []byte("PK not a draft"), "allow=awaited")
	cases := []struct {
		name   string
		mutate func(*http.Request)
	}{
		{"no token", func(r *http.Request) { r.URL.RawQuery = "" }},
		{"cookie only", func(r *http.Request) {
			r.URL.RawQuery = ""
			r.AddCookie(&http.Cookie{Name: "reportpipe_token", Value: a.srv.Token()})
		}},
		{"another origin", func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") }},
		{"cross-site", func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(http.MethodPost, a.http.URL+"/publish?token="+a.srv.Token(), bytes.NewReader(form))
		req.Header.Set("Content-Type", ct)
		req.Header.Set("Origin", a.http.URL)
		c.mutate(req)
		if resp, body := a.do(t, req); resp.StatusCode != http.StatusForbidden || strings.Contains(body, "Nothing was published") {
			t.Errorf("%s: %d, want 403 before publishing\n%s", c.name, resp.StatusCode, body)
		}
	}
	// The same form with the token and the app's origin reaches the
	// library (which refuses what is no draft).
	if resp, body := a.post(t, "/publish", ct, form); resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "Nothing was published") {
		t.Errorf("the app's own form: %d\n%s", resp.StatusCode, body)
	}
}

// A file over the size limit is refused with the limit, and nothing is
// written.
func TestPublishRefusesOversized(t *testing.T) {
	a := newApp(t, 1<<20)
	ct, form := publishForm(t, "big.docx", bytes.Repeat([]byte("x"), 2<<20))
	if resp, body := a.post(t, "/publish", ct, form); resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "larger than 1 MB") {
		t.Errorf("an oversized upload: %d\n%s", resp.StatusCode, body)
	}
	if entries, _ := os.ReadDir(a.cfg.Paths.Output); len(entries) != 0 {
		t.Errorf("a refused upload wrote %v", entries)
	}
}
