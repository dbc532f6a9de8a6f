package analysis

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// fixtureBlock is one line of a fixture statement: a paragraph or list item
// in a section.
type fixtureBlock struct {
	sec  model.SectionKey
	text string
	list bool
}

// fixtureStatement builds a statement from fixture blocks, list items as
// real list items.
func fixtureStatement(agency, file string, bs []fixtureBlock) *model.Statement {
	var blks []blk
	for _, b := range bs {
		role := model.Role("")
		if b.list {
			role = "list"
		}
		blks = append(blks, blk{sec: b.sec, text: b.text, role: role})
	}
	return stmtWithListsFile(agency, file, blks...)
}

// stmtWithListsFile is stmtWithLists with a file name of its own.
func stmtWithListsFile(agency, file string, blocks ...blk) *model.Statement {
	s := stmtWithLists(agency, blocks...)
	s.Documents[0].Source.Path = file
	return s
}

// fixtureFiles lists the .txt files of testdata/dir, sorted.
func fixtureFiles(t *testing.T, dir string) []string {
	t.Helper()
	fs, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil || len(fs) == 0 {
		t.Fatalf("no fixtures in testdata/%s: %v", dir, err)
	}
	sort.Strings(fs)
	return fs
}

// readFixture splits a fixture file into agencies, each with its parts
// ("" for a figures fixture's one part, or "last", "this", "gold") of
// lines.
func readFixture(t *testing.T, path string) []fixtureAgency {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []fixtureAgency
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, " \r")
		switch {
		case strings.HasPrefix(line, "agency: "):
			out = append(out, fixtureAgency{name: strings.TrimPrefix(line, "agency: "), parts: map[string][]string{}})
		case len(out) == 0 || line == "":
		case strings.HasPrefix(line, "## "):
			// A section named again continues it: its lines join the
			// section's (a statement's blocks are grouped by section), and
			// the section is listed once, or its lines would be read twice.
			a := &out[len(out)-1]
			a.part = strings.TrimPrefix(line, "## ")
			if !slices.Contains(a.order, a.part) {
				a.order = append(a.order, a.part)
			}
		default:
			a := &out[len(out)-1]
			a.parts[a.part] = append(a.parts[a.part], line)
		}
	}
	return out
}

// fixtureAgency is one agency of a fixture file.
type fixtureAgency struct {
	name  string
	part  string
	order []string
	parts map[string][]string
}

// A section named twice in one agency's fixture is read once, its lines
// in the order written: listed twice, its figures were read twice and the
// reader's one-row-a-figure rule made the second copies misses.
func TestFixtureSectionNamedTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "twice.txt")
	text := "agency: Riverside Trust\n## activity\nWe ran 12 courses.\n## outcomes\nReferrals fell.\n## activity\nWe trained 40 staff.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	as := readFixture(t, path)
	if len(as) != 1 || !slices.Equal(as[0].order, []string{"activity", "outcomes"}) {
		t.Fatalf("order: %+v", as)
	}
	if got := as[0].parts["activity"]; !slices.Equal(got, []string{"We ran 12 courses.", "We trained 40 staff."}) {
		t.Errorf("activity lines: %q", got)
	}
}
