package markdown

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// TestPandocReadsBlocksBack parses the Markdown with pandoc (CommonMark with
// pipe tables) and checks every block's text comes back as written: the
// escaping hides nothing and adds nothing.
func TestPandocReadsBlocksBack(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not on PATH: skipping the round trip")
	}
	r := fixture.Small()
	p := r.Statements[0].Placements[2].Block.(*model.Paragraph)
	p.Text = "# hash, - dash, 3. number, *stars*, _under_, `tick`, [link](x), <b>tag</b>, back\\slash | pipe"
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("pandoc", "-f", "commonmark_x", "-t", "plain", "--wrap=none")
	cmd.Stdin = &buf
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	plain := strings.Join(strings.Fields(string(out)), " ")
	for _, s := range r.Statements {
		for _, pl := range s.Placements {
			// A title line saying more than the agency's name is kept whole.
			if pl.Role == model.RoleSectionHeading || pl.Role == model.RoleTitle && pl.Block.PlainText() == s.Agency {
				continue
			}
			if _, table := pl.Block.(*model.Table); table {
				continue
			}
			want := strings.Join(strings.Fields(pl.Block.PlainText()), " ")
			if !strings.Contains(plain, want) {
				t.Errorf("pandoc does not read back %q", want)
			}
		}
	}
}
