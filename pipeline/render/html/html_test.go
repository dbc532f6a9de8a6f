package html

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

func renderPage(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, fixture.Small()); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestSubmissionTextIsEscaped(t *testing.T) {
	p := renderPage(t)
	if strings.Contains(p, "<script") {
		t.Error("a <script> from a submission reached the page unescaped")
	}
	if !strings.Contains(p, "Our cadet scheme &lt;script&gt;alert(1)&lt;/script&gt; welcomed its first cohort.") {
		t.Error("the block with <script> is not on the page, escaped")
	}
	if !strings.Contains(p, "four &lt;districts&gt;") {
		t.Error("angle brackets in text are not escaped")
	}
}

func TestSelfContained(t *testing.T) {
	p := renderPage(t)
	for _, bad := range []string{`src=`, `<link`, `@import`, `url(`, `http://`, `https://`} {
		if strings.Contains(p, bad) {
			t.Errorf("the page refers to an external asset (%s)", bad)
		}
	}
}

func TestBadgesColourConfidence(t *testing.T) {
	p := renderPage(t)
	for conf, class := range map[string]string{"0.52": "low", "0.71": "mid", "0.82": "high", "0.20": "low", "1.00": "high"} {
		if !strings.Contains(p, `<span class="badge `+class+`">`+conf+`</span>`) {
			t.Errorf("confidence %s not shown with the %s badge", conf, class)
		}
	}
	for _, c := range []struct {
		v    float64
		want string
	}{{0.8, "high"}, {0.7999, "mid"}, {0.6, "mid"}, {0.5999, "low"}} {
		if got := badge(c.v); got != c.want {
			t.Errorf("badge(%v) = %s, want %s", c.v, got, c.want)
		}
	}
}

func TestSummaryAndPanels(t *testing.T) {
	p := renderPage(t)
	for _, want := range []string{
		"Westmoor Borough Police",
		"empty-upload.docx", "The file is empty (0 bytes). Ask the agency to send it again",
		"riverside-statement-v1.docx", "riverside-statement-v2.docx",
		`<section id="s1" class="panel"><h2>7.1 Riverside Community Health Trust</h2>`,
		`<section id="s2" class="panel"><h2>7.2 Harbour Fire and Rescue Service</h2>`,
		"No Safeguarding Children Activity section in this statement",
		"harbour-fire-annual.pdf, page 1",
		"Placed in Outcomes and Impact by meaning (0.52); could be Safeguarding Children Activity",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Every block is on the page: one row per placement.
	rows := len(regexp.MustCompile(`<td class="blk">`).FindAllString(p, -1))
	n := 0
	for _, s := range fixture.Small().Statements {
		n += len(s.Placements)
	}
	if rows != n {
		t.Errorf("%d block rows, want %d (one per placement)", rows, n)
	}
}

// The page is well-formed enough for an XML reader: tags balance, so no
// text broke out of its element.
func TestTagsBalance(t *testing.T) {
	checkBalanced(t, renderPage(t))
}

func checkBalanced(t *testing.T, p string) {
	t.Helper()
	p = strings.Replace(p, "<!DOCTYPE html>", "", 1)
	p = regexp.MustCompile(`<meta[^>]*>`).ReplaceAllString(p, "")
	d := xml.NewDecoder(strings.NewReader(p))
	d.Strict = true
	for {
		_, err := d.RawToken()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("page does not parse: %v", err)
			}
			return
		}
	}
}

func TestAnalysisSection(t *testing.T) {
	p := renderPage(t)
	for _, want := range []string{
		`<section id="analysis"><h2>Analysis</h2>`,
		"<th>Agency</th><th>Context</th>",
		`<td class="text">thin, 18 words</td>`,
		`<li class="draft">Draft: Both statements describe referrals`,
		"[Key Areas for Development, riverside-statement-v2.docx #17]",
		"Before publication: possible personal data (named child)",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}
