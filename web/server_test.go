package web_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/web"
)

// app is a web app on a temporary workspace (empty submissions folder)
// behind an httptest server.
type app struct {
	srv  *web.Server
	http *httptest.Server
	ws   string
	cfg  config.Config
}

func newApp(t *testing.T, maxFileBytes int64) *app {
	t.Helper()
	ws := t.TempDir()
	cfg := config.Default()
	cfg.Paths.Submissions = filepath.Join(ws, "submissions")
	cfg.Paths.Output = filepath.Join(ws, "output")
	cfg.Paths.Decisions = filepath.Join(ws, "decisions.yaml")
	cfg.Agencies = []config.Agency{{Name: "Northgate Police"}}
	for _, d := range []string{cfg.Paths.Submissions, cfg.Paths.Output} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := web.New(web.Options{Config: cfg, MaxFileBytes: maxFileBytes})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Refresh(t.Context()); err != nil {
		t.Fatal(err)
	}
	h := httptest.NewServer(srv.Handler())
	t.Cleanup(h.Close)
	return &app{srv: srv, http: h, ws: ws, cfg: cfg}
}

// do sends a request; token "" sends none. Redirects are not followed.
func (a *app) do(t *testing.T, req *http.Request) (*http.Response, string) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func (a *app) get(t *testing.T, path string, withToken bool) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, a.http.URL+path, nil)
	if withToken {
		req.Header.Set("X-Reportpipe-Token", a.srv.Token())
	}
	return a.do(t, req)
}

// upload posts one file under the raw name, as a same-origin page would.
func (a *app) upload(t *testing.T, name string, data []byte) (*http.Response, string) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="files"; filename="`+name+`"`)
	h.Set("Content-Type", "application/octet-stream")
	w, _ := mw.CreatePart(h)
	w.Write(data)
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, a.http.URL+"/add?token="+a.srv.Token(), &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", a.http.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return a.do(t, req)
}

func exampleDOCX(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestEveryRequestNeedsTheToken(t *testing.T) {
	a := newApp(t, 0)
	for _, p := range []string{"/", "/add", "/drafts", "/chase", "/events", "/assets/app.css"} {
		if resp, _ := a.get(t, p, false); resp.StatusCode != http.StatusForbidden {
			t.Errorf("GET %s without the token: %d, want 403", p, resp.StatusCode)
		}
	}
	resp, _ := a.get(t, "/?token="+a.srv.Token(), false)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" || len(resp.Cookies()) != 1 ||
		!resp.Cookies()[0].HttpOnly || resp.Cookies()[0].SameSite != http.SameSiteStrictMode {
		t.Errorf("the address with the token: %d to %q, cookies %v; want a strict HttpOnly cookie and the token gone from the address",
			resp.StatusCode, resp.Header.Get("Location"), resp.Cookies())
	}
	if resp, body := a.get(t, "/", true); resp.StatusCode != http.StatusOK || !strings.Contains(body, "The season") {
		t.Errorf("with the token: %d", resp.StatusCode)
	}
	if resp, _ := a.get(t, "/?token=0123456789abcdef0123456789abcdef", false); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a wrong token: %d, want 403", resp.StatusCode)
	}
}

// A page on another site cannot make the app change anything: not with the
// browser's cookie alone, not with a cross-site origin, not under another
// host name (DNS rebinding).
func TestCrossOriginChangesAreRefused(t *testing.T) {
	a := newApp(t, 0)
	cookie := &http.Cookie{Name: "reportpipe_token", Value: a.srv.Token()}
	cases := []struct {
		name   string
		mutate func(*http.Request)
	}{
		{"another origin", func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") }},
		{"cross-site fetch", func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }},
		{"cookie only, no token in the request", func(r *http.Request) { r.URL.RawQuery = ""; r.AddCookie(cookie) }},
		{"another host name", func(r *http.Request) { r.Host = "evil.example" }},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(http.MethodPost, a.http.URL+"/drafts?token="+a.srv.Token(), strings.NewReader(""))
		c.mutate(req)
		if resp, _ := a.do(t, req); resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s: %d, want 403", c.name, resp.StatusCode)
		}
	}
	if entries, _ := os.ReadDir(a.cfg.Paths.Output); len(entries) != 0 {
		t.Errorf("a refused request wrote %v", entries)
	}
}

func TestUploadRefusesPathsAndOddNames(t *testing.T) {
	a := newApp(t, 0)
	for _, name := range []string{"../../evil.docx", `..\..\evil.docx`, "sub/evil.docx", "C:evil.docx", ".hidden.docx",
		"~$lock.docx", "con.docx", "evil.docx.", "what?.docx"} {
		resp, body := a.upload(t, name, exampleDOCX(t))
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "not saved") {
			t.Errorf("%q: %d, want 400 and not saved\n%s", name, resp.StatusCode, body)
		}
	}
	for _, dir := range []string{a.ws, filepath.Dir(a.ws), a.cfg.Paths.Submissions} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), "evil") || strings.Contains(e.Name(), "lock") {
				t.Errorf("%s was written into %s", e.Name(), dir)
			}
		}
	}
}

func TestUploadRefusesWhatIsNoStatementAndOversized(t *testing.T) {
	a := newApp(t, 4096)
	resp, body := a.upload(t, "notes.bin", []byte("\x00\x01 not a statement"))
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "notes.bin") {
		t.Errorf("junk: %d\n%s", resp.StatusCode, body)
	}
	resp, _ = a.upload(t, "big.docx", exampleDOCX(t)) // larger than 4 KB
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized: %d, want 413", resp.StatusCode)
	}
	if entries, _ := os.ReadDir(a.cfg.Paths.Submissions); len(entries) != 0 {
		t.Errorf("refused uploads left %v", entries)
	}
}

// The same name twice: the second is saved beside the first, which stays
// as it was.
func TestUploadNeverOverwrites(t *testing.T) {
	a := newApp(t, 0)
	name := "Northgate Police statement.docx"
	first := filepath.Join(a.cfg.Paths.Submissions, name)
	if err := os.WriteFile(first, []byte("the agency's first file"), 0o644); err != nil {
		t.Fatal(err)
	}
	resp, _ := a.upload(t, name, exampleDOCX(t))
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("upload: %d, want 303 to the results", resp.StatusCode)
	}
	if data, _ := os.ReadFile(first); string(data) != "the agency's first file" {
		t.Error("the existing file was overwritten")
	}
	if _, err := os.Stat(filepath.Join(a.cfg.Paths.Submissions, "Northgate Police statement (2).docx")); err != nil {
		t.Errorf("the upload was not saved beside it: %v", err)
	}
	entries, _ := os.ReadDir(a.cfg.Paths.Submissions)
	if len(entries) != 2 {
		t.Errorf("submissions holds %d entries (a temporary file left?)", len(entries))
	}
}

// Nothing outside the workspace's submissions and drafts can be read.
func TestNoFileOutsideTheWorkspace(t *testing.T) {
	a := newApp(t, 0)
	secret := filepath.Join(filepath.Dir(a.ws), "secret.txt")
	if err := os.WriteFile(secret, []byte("SECRET-TEXT"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(a.ws, "reportpipe.yaml"), []byte("SECRET-TEXT"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/source/../../secret.txt", "/source/%2e%2e/%2e%2e/secret.txt", "/source/..%2f..%2fsecret.txt",
		"/drafts/..%2fsecret.txt", "/drafts/..%2freportpipe.yaml", "/source/" + secret, "/assets/../../secret.txt",
		"/chase/..%2f..%2fsecret.txt", "/source/%2fetc%2fpasswd"} {
		resp, body := a.get(t, p, true)
		if resp.StatusCode == http.StatusOK || strings.Contains(body, "SECRET-TEXT") || strings.Contains(body, "root:") {
			t.Errorf("GET %s: %d\n%.200s", p, resp.StatusCode, body)
		}
	}
}
