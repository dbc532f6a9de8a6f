package markdown

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// entityText is agency text that Markdown would read as something else:
// character references, a bare ampersand, raw HTML, strikeout, sub- and
// superscript and maths.
var entityText = []string{
	"Waiting times fell from &lt;6 weeks to &lt; 4 weeks (&gt;90% seen) & stayed there.",
	"Written as &amp;, &#60; and &copy; in the agency's own file; R&D and A&E teams.",
	"Budget $5,000 and $7,500; ~~not struck~~, H~2~O, 2^10^ and <b>not bold</b>.",
}

// entityReport is the small fixture with entityText in a paragraph and in
// a table cell.
func entityReport() *model.Report {
	r := fixture.Small()
	ps := r.Statements[0].Placements
	ps[2].Block.(*model.Paragraph).Text = strings.Join(entityText, "\n")
	for _, p := range ps {
		if tb, ok := p.Block.(*model.Table); ok {
			tb.Rows[2][0] = entityText[0]
		}
	}
	return r
}

func TestEntityLikeTextGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, entityReport()); err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "entities.md.golden"), buf.Bytes())
}

// TestPandocShowsEntitiesAsWritten renders the Markdown to plain text with
// pandoc in three dialects and checks the agency's words come out exactly:
// "&lt;" stays "&lt;" (not "<"), "$5" stays "$5" (not maths). pandoc's
// extended dialect is read without its "smart" typography, which would
// curl the apostrophes whatever the Markdown says.
func TestPandocShowsEntitiesAsWritten(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not on PATH: skipping the rendering check")
	}
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, entityReport()); err != nil {
		t.Fatal(err)
	}
	for _, dialect := range []string{"commonmark", "gfm", "commonmark_x-smart"} {
		cmd := exec.Command("pandoc", "-f", dialect, "-t", "plain", "--wrap=none")
		cmd.Stdin = bytes.NewReader(buf.Bytes())
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pandoc -f %s: %v", dialect, err)
		}
		plain := string(out)
		for _, want := range entityText {
			if !strings.Contains(plain, want) {
				t.Errorf("pandoc -f %s does not show %q as written", dialect, want)
			}
		}
		if n := strings.Count(plain, entityText[0]); n != 2 {
			t.Errorf("pandoc -f %s shows the table cell's text %d time(s), want 2 (paragraph and cell)", dialect, n)
		}
	}
}
