package docx

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// TestPandocReadsStructure has a second, independent reader (pandoc) read
// the draft: headings at their levels, real bullet and numbered lists with
// nesting, and a real table with its header row.
func TestPandocReadsStructure(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not on PATH: skipping the second reader")
	}
	cmd := exec.Command("pandoc", "-f", "docx", "-t", "gfm", "--wrap=none")
	cmd.Stdin = bytes.NewReader(render(t, fixture.Small()))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc could not read the draft: %v", err)
	}
	md := string(out)
	for _, re := range []string{
		`(?m)^# 7 Partner Agency Annual Statements$`,
		`(?m)^## 7\.1 Riverside Community Health Trust$`,
		`(?m)^### Safeguarding Children Activity$`,
		`(?m)^#### Training$`,
		`(?m)^-\s+Quarterly audits of referral quality\n\n\s{2,}-\s+Audits shared with the named nurse$`,
		`(?m)^1\.\s+Opened a drop-in clinic for young carers\n\n2\.\s+Halved the wait`,
		`(?m)^\| (<span id="_Ref\d+" class="anchor"></span>)?\*\*Measure\*\* +\| \*\*2024-25\*\* +\| \*\*2025-26\*\* +\|\n\|-+\|`, // cited: a bookmark
		`(?m)^\| Referrals \\\| made +\| 210 +\| 245 +\|$`,
		`(?m)^# Appendix: text not placed in a section$`,
	} {
		if !regexp.MustCompile(re).MatchString(md) {
			t.Errorf("pandoc's reading lacks %s", re)
		}
	}
	if strings.Contains(md, "Agency Context\n\nAgency Context") {
		t.Error("a section heading from the submission was kept beside the template title")
	}
}
