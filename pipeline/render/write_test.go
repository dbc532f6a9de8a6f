package render

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// fixedRenderer writes its text, or fails after writing part of it.
type fixedRenderer struct {
	ext, text    string
	fail, panics bool
}

func (f fixedRenderer) Ext() string { return f.ext }

func (f fixedRenderer) Render(w io.Writer, _ *model.Report) error {
	io.WriteString(w, f.text)
	if f.panics {
		panic("a renderer bug")
	}
	if f.fail {
		return errors.New("broken on purpose")
	}
	return nil
}

var stamp = time.Date(2026, 11, 26, 9, 30, 15, 0, time.UTC)

func names(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteAllSameSecondKeepsBoth(t *testing.T) {
	dir := t.TempDir()
	r := fixture.Small()
	first, err := WriteAll(dir, "annual", stamp, r, []Renderer{fixedRenderer{ext: "md", text: "first"}, fixedRenderer{ext: "json", text: "{}"}})
	if err != nil {
		t.Fatal(err)
	}
	second, err := WriteAll(dir, "annual", stamp, r, []Renderer{fixedRenderer{ext: "md", text: "second"}, fixedRenderer{ext: "json", text: "{}"}})
	if err != nil {
		t.Fatal(err)
	}
	wantFirst := filepath.Join(dir, "annual-draft-20261126-093015.md")
	wantSecond := filepath.Join(dir, "annual-draft-20261126-093015-2.md")
	if first[0] != wantFirst || second[0] != wantSecond {
		t.Fatalf("paths %v then %v, want %s then %s", first, second, wantFirst, wantSecond)
	}
	for path, want := range map[string]string{wantFirst: "first", wantSecond: "second"} {
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("%s holds %q (%v), want %q", path, got, err, want)
		}
	}
	l, err := ReadLatest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if l.Files["md"] != filepath.Base(wantSecond) || l.Files["json"] != "annual-draft-20261126-093015-2.json" {
		t.Errorf("latest.json points at %v, want the second set", l.Files)
	}
	for _, n := range names(t, dir) {
		if strings.HasSuffix(n, ".tmp") {
			t.Errorf("temp file %s left behind", n)
		}
	}
}

func TestWriteAllNeverOverwritesAnExistingFile(t *testing.T) {
	dir := t.TempDir()
	// A reviewer's edited draft with only one of the set's names.
	taken := filepath.Join(dir, "annual-draft-20261126-093015.json")
	if err := os.WriteFile(taken, []byte("reviewer edits"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths, err := WriteAll(dir, "annual", stamp, fixture.Small(), []Renderer{fixedRenderer{ext: "md", text: "x"}, fixedRenderer{ext: "json", text: "{}"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(taken); string(got) != "reviewer edits" {
		t.Errorf("existing draft changed to %q", got)
	}
	for _, p := range paths {
		if !strings.Contains(filepath.Base(p), "-093015-2.") {
			t.Errorf("%s: the whole set should move to -2 when one name is taken", p)
		}
	}
}

// One renderer failing costs the whole set: a set without its DOCX is not
// published, and latest.json stays on the set before.
func TestWriteAllFailingRendererPublishesNothing(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	paths, err := WriteAll(dir, "annual", stamp.Add(time.Hour), fixture.Small(), []Renderer{
		fixedRenderer{ext: "md", text: "good"},
		fixedRenderer{ext: "docx", text: "half a docx", fail: true},
	})
	if err == nil || !strings.Contains(err.Error(), "broken on purpose") || !strings.Contains(err.Error(), "docx") {
		t.Fatalf("error %v, want the docx failure", err)
	}
	if len(paths) != 0 {
		t.Errorf("paths %v, want none", paths)
	}
	assertOnlySet(t, dir, before)
}

func TestWriteAllEveryRendererFailing(t *testing.T) {
	dir := t.TempDir()
	_, err := WriteAll(dir, "annual", stamp, fixture.Small(), []Renderer{fixedRenderer{ext: "md", fail: true}})
	if err == nil {
		t.Fatal("no error when nothing could be rendered")
	}
	if n := names(t, dir); len(n) != 0 {
		t.Errorf("folder holds %v, want nothing", n)
	}
}

func TestAllRenderersWriteTheFixture(t *testing.T) {
	dir := t.TempDir()
	paths, err := WriteAll(dir, "annual", stamp, fixture.Small(), All(Options{}))
	if err != nil {
		t.Fatal(err)
	}
	var exts []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || st.Size() < 500 {
			t.Errorf("%s: %v, size too small", p, err)
		}
		exts = append(exts, strings.TrimPrefix(filepath.Ext(p), "."))
	}
	if !slices.Equal(exts, []string{"docx", "md", "html", "json"}) {
		t.Errorf("extensions %v", exts)
	}
}

func TestSafeName(t *testing.T) {
	for in, want := range map[string]string{
		"lscb-annual-2025-26": "lscb-annual-2025-26",
		"../../etc/passwd":    "-..-etc-passwd",
		`a\b:c*d?e"f<g>h|i`:   "a-b-c-d-e-f-g-h-i",
		"  ":                  "report",
		"..":                  "report",
		"Annual Report 2026":  "Annual Report 2026",
	} {
		if got := SafeName(in); got != want {
			t.Errorf("SafeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteAllKeepsDraftsInsideTheFolder(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "output")
	paths, err := WriteAll(out, "../escaped", stamp, fixture.Small(), []Renderer{fixedRenderer{ext: "md", text: "x"}})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(paths[0]) != out {
		t.Errorf("draft written to %s, outside %s", paths[0], out)
	}
}

func TestWriteAllSurvivesAPanickingRenderer(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	paths, err := WriteAll(dir, "annual", stamp.Add(time.Hour), fixture.Small(), []Renderer{
		fixedRenderer{ext: "html", text: "<p>", panics: true},
		fixedRenderer{ext: "md", text: "good"},
	})
	if err == nil || !strings.Contains(err.Error(), "a renderer bug") {
		t.Errorf("error %v, want the panic reported", err)
	}
	if len(paths) != 0 {
		t.Errorf("paths %v, want none: a set without its html is not published", paths)
	}
	assertOnlySet(t, dir, before)
}

// An odd report (no template sections, no analysis, a placement without
// a block, a statement without documents or number) still renders.
func TestOddReportRenders(t *testing.T) {
	r := &model.Report{Meta: fixture.Meta(), Statements: []*model.Statement{{
		Agency:     "Unknown sender",
		Placements: []model.Placement{{Section: model.SectionContext}, {Block: &model.Paragraph{Text: "Kept."}, Section: "other"}},
	}}}
	for _, rd := range All(Options{}) {
		var b strings.Builder
		if err := rd.Render(&b, r); err != nil {
			t.Errorf("%s: %v", rd.Ext(), err)
		}
		if rd.Ext() != "docx" && !strings.Contains(b.String(), "Kept.") {
			t.Errorf("%s: the block under an unknown section key is missing", rd.Ext())
		}
	}
}
