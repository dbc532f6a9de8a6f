package odt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestGolden extracts every fixture made by a real tool and compares its
// dump with testdata/golden/<name>.txt (go test -update rewrites the dumps,
// never the inputs).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.odt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".odt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := model.Dump(extractOK(t, data))
			golden := filepath.Join("testdata", "golden", name+".txt")
			testutil.Golden(t, golden, []byte(got))
		})
	}
}

// TestPandocAndLibreOfficeAgree: the same statement written by pandoc's ODT
// writer and by LibreOffice (via DOCX) reads as the same blocks, although
// the two lay out lists, styles and bookmarks differently.
func TestPandocAndLibreOfficeAgree(t *testing.T) {
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return model.Dump(extractOK(t, data))
	}
	if p, l := read("riverside-pandoc.odt"), read("riverside-lo.odt"); p != l {
		t.Errorf("pandoc and LibreOffice ODTs differ:\n--- pandoc\n%s--- libreoffice\n%s", p, l)
	}
}

// TestFixtureFacts checks, independently of the golden dumps, the facts
// that matter in the fixtures: what must be there and what must not.
func TestFixtureFacts(t *testing.T) {
	for _, name := range []string{"riverside-pandoc.odt", "riverside-lo.odt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		dump := model.Dump(extractOK(t, data))
		for _, want := range []string{
			`heading level=1 "Riverside Community Health Trust"`,
			`heading level=2 "Agency Context"`,
			`heading level=0 candidate "Safeguarding Children Activity"`,
			`list_item depth=0 ordered=true "Level 3 practice"`,
			`list_item depth=1 ordered=false "Case supervision"`,
			`list_item depth=0 ordered=true "Named nurse briefings"`,
			`list_item depth=0 ordered=false "Joint visits with Eastmarsh Children’s Services"`,
			`"Measure\t2014-15\t2015-16\nReferrals\t398\t412\nStrategy meetings\t55\t61"`,
			`"The duty desk answered every call within the hour."`,
			`"Line one\nLine two after a break."`,
		} {
			if !strings.Contains(dump, want) {
				t.Errorf("%s: dump lacks %s:\n%s", name, want, dump)
			}
		}
		for _, unwanted := range []string{"Footnote text", "Check this figure"} {
			if strings.Contains(dump, unwanted) {
				t.Errorf("%s: %q (a footnote or comment) leaked into the body", name, unwanted)
			}
		}
	}
}

func TestMergedCellsFixture(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "harbourside-lo.odt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := extractOK(t, data)
	var table *model.Table
	for _, b := range doc.Blocks {
		if tb, ok := b.(*model.Table); ok {
			table = tb
		}
	}
	if table == nil {
		t.Fatal("no table read")
	}
	want := [][]string{
		{"Team caseload", "", "Change"},
		{"North hub", "41 young people", "+3"},
		{"", "12 on remand", ""},
		{"South hub", "29 young people\n(two transferred)", "-1"},
	}
	if got := table.Rows; !equalRows(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
}

func equalRows(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.Join(a[i], "\x00") != strings.Join(b[i], "\x00") || len(a[i]) != len(b[i]) {
			return false
		}
	}
	return true
}
