package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// The moved paragraph: before any heading of Westbrook College's statement,
// so mapping places it by meaning and flags it as uncertain.
const (
	westbrookLead = "Our learners come from across the borough and many travel in from neighbouring areas each day."
	westbrookMD   = `# Westbrook College: annual safeguarding statement

` + westbrookLead + `

## Safeguarding activity

The designated safeguarding lead and four deputies handled 212 referrals this year.

## Outcomes and impact

Learner surveys show 94% feel safe at college, up from 89%.

## Key successes

The new online reporting button was used by 61 learners in its first term.

## Areas for development

We will extend safeguarding training to all agency staff by March.
`
)

// served is a running reportpipe serve: its address (with the token) and
// how to stop it.
type served struct {
	base, token string
	cmd         *exec.Cmd
}

// startServe runs the real binary's serve in ws and reads its address.
func startServe(t *testing.T, ws string) *served {
	t.Helper()
	cmd := exec.Command(binary, "serve", "--open=false")
	cmd.Dir = ws
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addr := regexp.MustCompile(`(http://127\.0\.0\.1:\d+)/\?token=([0-9a-f]{32})`)
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if m := addr.FindStringSubmatch(lines.Text()); m != nil {
			go func() { _, _ = io.Copy(io.Discard, stdout) }()
			return &served{base: m[1], token: m[2], cmd: cmd}
		}
	}
	t.Fatal("serve printed no address")
	return nil
}

// get fetches a path of the app with the token in the header.
func (s *served) get(t *testing.T, path string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.base+path, nil)
	req.Header.Set("X-Reportpipe-Token", s.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

// browserWorkspace is an example workspace with one statement in, and the
// three files the test uploads: a DOCX made by pandoc, the example PDF,
// and a file that is no document.
func browserWorkspace(t *testing.T) (ws string, uploads []string) {
	t.Helper()
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed: the browser test makes its DOCX with it")
	}
	root := testutil.RepoRoot(t)
	ws = filepath.Join(t.TempDir(), "season")
	if _, errOut, code := runCLI(t, t.TempDir(), "init", "--example", ws); code != 0 {
		t.Fatalf("init --example: %d\n%s", code, errOut)
	}
	subs := filepath.Join(ws, "submissions")
	for _, e := range listDir(t, subs) {
		if !strings.HasPrefix(e, "Riverside") {
			os.Remove(filepath.Join(subs, e)) // the others arrive through the app
		}
	}
	up := t.TempDir()
	md := filepath.Join(up, "westbrook.md")
	if err := os.WriteFile(md, []byte(westbrookMD), 0o644); err != nil {
		t.Fatal(err)
	}
	docx := filepath.Join(up, "Westbrook College statement.docx")
	if out, err := exec.Command("pandoc", md, "-o", docx).CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, out)
	}
	pdf := filepath.Join(up, "Northgate Police statement 2025-26.pdf")
	data, err := os.ReadFile(filepath.Join(root, "submissions", "Northgate Police statement 2025-26.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(up, "notes.bin")
	if err := errorsJoin(os.WriteFile(pdf, data, 0o644), os.WriteFile(junk, []byte("\x00\x01\x02 not a statement \xff\xfe"), 0o644)); err != nil {
		t.Fatal(err)
	}
	return ws, []string{docx, pdf, junk}
}

func errorsJoin(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// The whole season in a browser: the tracker follows an upload by itself,
// a flagged paragraph moved to another section is where the decision put
// it in the downloaded DOCX and stays there when run is started from the
// command line; every page passes axe-core.
func TestServeInBrowser(t *testing.T) {
	ws, uploads := browserWorkspace(t)
	srv := startServe(t, ws)
	axe := axeSource(t)
	season := newBrowser(t, context.Background())
	adding, cancel := chromedp.NewContext(season) // a second tab
	defer cancel()
	if err := chromedp.Do(adding); err != nil { // opens the tab, without a timeout
		t.Fatal(err)
	}
	step := func(ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		c, stop := context.WithTimeout(ctx, 90*time.Second)
		defer stop()
		if err := chromedp.Do(c, steps...); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, pageNow(ctx))
		}
	}
	westbrookRow := chromedp.CSS(`tr.state-received a[href="/statements/Westbrook%20College"]`)
	step(season, "open the season", chromedp.Navigate(srv.base+"/?token="+srv.token),
		chromedp.WaitVisible(chromedp.CSS("table.season")))
	if loc, _ := chromedp.Run(season, chromedp.Location()); strings.Contains(loc, srv.token) {
		t.Errorf("the address bar keeps the token: %s", loc)
	}
	checkAxe(t, season, "the season", axe)

	step(adding, "upload three files", chromedp.Navigate(srv.base+"/add"),
		chromedp.SetUploadFiles(chromedp.CSS("#files"), uploads),
		chromedp.Click(chromedp.CSS("#upload button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("ul.results")))
	results, _ := chromedp.Run(adding, chromedp.Text(chromedp.CSS("ul.results")))
	if !strings.Contains(results, "notes.bin: not saved") || strings.Contains(results, "Westbrook College statement.docx: not saved") {
		t.Errorf("upload results:\n%s", results)
	}
	if _, err := os.Stat(filepath.Join(ws, "submissions", "notes.bin")); err == nil {
		t.Error("the junk file was saved into submissions/")
	}
	step(season, "the season page follows the upload by itself", chromedp.WaitVisible(westbrookRow))
	screenshot(t, season, "web-season")
	step(adding, "the upload results fill in", chromedp.WaitVisible(chromedp.Search(`//span[@class="fate" and contains(., "Used for Westbrook College")]`)))
	checkAxe(t, adding, "add submissions", axe)
	screenshot(t, adding, "web-add")

	moveFlaggedBlock(t, step, adding, srv)
	checkAxe(t, adding, "a statement", axe)
	screenshot(t, adding, "web-statement")

	step(adding, "build a draft", chromedp.Navigate(srv.base+"/drafts"),
		chromedp.Click(chromedp.CSS("main form button")), chromedp.WaitVisible(chromedp.CSS(".done")))
	checkAxe(t, adding, "drafts", axe)
	hrefs, err := chromedp.Run(adding, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".done a")].map(a => a.getAttribute("href"))`))
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(hrefs, func(h string) bool { return strings.HasSuffix(h, ".docx") })
	if i < 0 {
		t.Fatalf("no Word draft among %v", hrefs)
	}
	code, docx := srv.get(t, hrefs[i])
	if code != http.StatusOK {
		t.Fatalf("download %s: %d", hrefs[i], code)
	}
	assertMoved(t, docx, "the downloaded draft")

	step(adding, "update page", chromedp.Navigate(srv.base+"/update"), chromedp.WaitVisible(chromedp.CSS("#edited")))
	checkAxe(t, adding, "update the reviewers' draft", axe)
	step(adding, "publish page", chromedp.Navigate(srv.base+"/publish"), chromedp.WaitVisible(chromedp.CSS("#edited")))
	checkAxe(t, adding, "publish", axe)
	edited := filepath.Join(t.TempDir(), "board copy.docx")
	writeFile(t, edited, docx)
	step(adding, "publish with a statement awaited", chromedp.SetUploadFiles("#edited", []string{edited}),
		chromedp.Click(`#publish button[type="submit"]`), chromedp.WaitVisible(chromedp.CSS("#open-items")))
	checkAxe(t, adding, "publish refused, the open items", axe)
	step(adding, "chase e-mails", chromedp.Navigate(srv.base+"/chase"), chromedp.WaitVisible(chromedp.CSS("h1")))
	checkAxe(t, adding, "chase e-mails", axe)
	if code, body := srv.get(t, "/chase/hillside-housing-association.eml"); code != http.StatusOK || !strings.Contains(string(body), "Subject: ") {
		t.Errorf("the chase e-mail to Hillside Housing (awaited): %d\n%s", code, body)
	}
	resp, err := http.Get(srv.base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a request without the token: %d, want 403", resp.StatusCode)
	}
	_ = srv.cmd.Process.Signal(os.Interrupt)
	_ = srv.cmd.Wait()

	// From the command line, the decision still holds.
	out, errOut, code2 := runCLI(t, ws, "run", "--force")
	if code2 != 0 {
		t.Fatalf("run: %d\n%s%s", code2, out, errOut)
	}
	drafts, _ := filepath.Glob(filepath.Join(ws, "output", "*-draft-*.docx"))
	slices.Sort(drafts)
	data, err := os.ReadFile(drafts[len(drafts)-1])
	if err != nil {
		t.Fatal(err)
	}
	assertMoved(t, data, "the draft of reportpipe run")
	status, _, _ := runCLI(t, ws, "status")
	if !strings.Contains(status, "Placement decisions by the reviewers") || !strings.Contains(status, "Westbrook College: \"Our learners come from") {
		t.Errorf("status does not list the decision:\n%s", status)
	}
}

// moveFlaggedBlock moves Westbrook College's uncertain first paragraph to
// Key Areas for Development from its statement page.
func moveFlaggedBlock(t *testing.T, step func(context.Context, string, ...chromedp.Action[chromedp.Void]), tab context.Context, srv *served) {
	t.Helper()
	step(tab, "open the statement", chromedp.Navigate(srv.base+"/statements/Westbrook%20College"),
		chromedp.WaitVisible(chromedp.CSS("article.doubt")))
	id, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector("article.doubt").id`))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := chromedp.Run(tab, chromedp.Text(chromedp.ID(id)))
	if !strings.Contains(text, westbrookLead) {
		t.Fatalf("the flagged block is not the lead paragraph: %q", text)
	}
	// By keyboard only: the section list, End (Not part of the statement),
	// one up (Key Areas for Development), Tab to Move, Enter.
	step(tab, "move it by keyboard", chromedp.Focus(chromedp.ID("to-"+id)),
		chromedp.KeyEvent(kb.End), chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("#"+id+".decided")))
	sec, _ := chromedp.Run(tab, chromedp.Evaluate[string](`document.getElementById("`+id+`").closest("section").querySelector("h2").textContent`))
	if sec != "Key Areas for Development" {
		t.Errorf("after the move the block is under %q", sec)
	}
}

var (
	wPara = regexp.MustCompile(`(?s)<w:p[ >].*?</w:p>`)
	wText = regexp.MustCompile(`(?s)<w:t(?: [^>]*)?>(.*?)</w:t>`)
)

// docxParagraphs is the text of each paragraph of a DOCX's body.
func docxParagraphs(t *testing.T, data []byte) []string {
	t.Helper()
	doc, ok := testutil.ZipPart(t, data, "word/document.xml")
	if !ok {
		t.Fatal("no word/document.xml")
	}
	var out []string
	for _, p := range wPara.FindAll(doc, -1) {
		var b strings.Builder
		for _, m := range wText.FindAllSubmatch(p, -1) {
			b.Write(m[1])
		}
		out = append(out, b.String())
	}
	return out
}

// assertMoved checks that in the DOCX the lead paragraph sits under Key
// Areas for Development (the nearest section title before it) and the
// Word comment says the reviewers placed it.
func assertMoved(t *testing.T, data []byte, what string) {
	t.Helper()
	paras := docxParagraphs(t, data)
	at := slices.Index(paras, westbrookLead)
	if at < 0 {
		t.Fatalf("%s does not hold the paragraph", what)
	}
	titles := []string{"Agency Context", "Safeguarding Children Activity", "Outcomes and Impact of Safeguarding Children Activity", "Key Successes", "Key Areas for Development", "Inspection and Review Summary"}
	under := ""
	for i := at - 1; i >= 0 && under == ""; i-- {
		if slices.Contains(titles, paras[i]) {
			under = paras[i]
		}
	}
	if under != "Key Areas for Development" {
		t.Errorf("%s: the paragraph is under %q, want Key Areas for Development", what, under)
	}
	comments, _ := testutil.ZipPart(t, data, "word/comments.xml")
	if !strings.Contains(string(comments), "Placed in Key Areas for Development by the reviewers") {
		t.Errorf("%s: no Word comment says the reviewers placed it", what)
	}
}

// pageNow is the tab's address and main text, for a failure message.
func pageNow(ctx context.Context) string {
	c, stop := context.WithTimeout(ctx, 5*time.Second)
	defer stop()
	loc, _ := chromedp.Run(c, chromedp.Location())
	text, _ := chromedp.Run(c, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	return "at " + loc + ":\n" + text
}
