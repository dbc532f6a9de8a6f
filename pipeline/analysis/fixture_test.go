package analysis

import (
	"os"
	"path/filepath"
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
			out[len(out)-1].part = strings.TrimPrefix(line, "## ")
			out[len(out)-1].order = append(out[len(out)-1].order, out[len(out)-1].part)
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
