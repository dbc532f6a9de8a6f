package markdown

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, fixture.Small()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "small.md.golden")
	testutil.Golden(t, golden, buf.Bytes())
}

func TestLineEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"# not a heading":           `\# not a heading`,
		"- not a bullet":            `\- not a bullet`,
		"12. not a number":          `12\. not a number`,
		"7.1 a section number":      "7.1 a section number",
		"a <b>tag</b> and *stars*":  `a \<b>tag\</b> and \*stars\*`,
		`back\slash and snake_case`: `back\\slash and snake\_case`,
		"  > indented quote":        `  \> indented quote`,
		"evil\x1b[2J\x07 name":      `evil\[2J name`,
		"&lt;5 &amp; R&D":           `\&lt;5 \&amp; R\&D`,
		"$5 and ~~x~~ 2^3":          `\$5 and \~\~x\~\~ 2\^3`,
	} {
		if got := line(in); got != want {
			t.Errorf("line(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTableCellEscapes(t *testing.T) {
	if got, want := cell("a | b\nc\x1b]0;x\x07"), `a \| b<br>c\]0;x`; got != want {
		t.Errorf("cell = %q, want %q", got, want)
	}
}

func TestNestedOrderedListsNumberPerDepth(t *testing.T) {
	r := fixture.Small()
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"1. Opened a drop-in clinic for young carers\n2. Halved the wait",
		"- Quarterly audits of referral quality\n    - Audits shared with the named nurse",
		"| Referrals \\| made | 210 | 245 |",
		"> **Check:** Placed in Outcomes and Impact by meaning (0.52); could be Safeguarding Children Activity",
		"Line one of an address\\\nLine two\twith a tab.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}
