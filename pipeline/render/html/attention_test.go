package html

import (
	"regexp"
	"strings"
	"testing"
)

var attentionLink = regexp.MustCompile(`<li><a href="#(s\d+-b\d+)"><span class="where">([^<]*)</span></a>([^<]*)</li>`)

// The first screen after the counts says what needs a reviewer, each line
// linking to its block, before any table of files; every link has its
// target on the page.
func TestSummaryOfWhatNeedsAttentionComesFirst(t *testing.T) {
	p := renderPage(t)
	need, files := strings.Index(p, "<h2>Needs attention"), strings.Index(p, "<h3>Superseded files</h3>")
	first := strings.Index(p, `class="panel"`)
	if need < 0 || files < 0 || need > first || files < first {
		t.Fatalf("want Needs attention before the statements and the files after them (at %d, %d, %d)", need, first, files)
	}
	links := attentionLink.FindAllStringSubmatch(p, -1)
	var uncertain bool
	for _, l := range links {
		if !strings.Contains(p, `<tr id="`+l[1]+`" `) {
			t.Errorf("the summary links to #%s, which is not on the page", l[1])
		}
		if strings.Contains(l[3], "Placed in Outcomes and Impact by meaning (0.52)") && l[2] == "7.2 Harbour Fire and Rescue Service" &&
			strings.Contains(l[3], "Crews made 96 safeguarding referrals") {
			uncertain = true
		}
	}
	if !uncertain {
		t.Errorf("the uncertain placement is not in the summary with a link: %q", links)
	}
	for _, want := range []string{"<h3>Uncertain placements (1)</h3>", "<h3>Missing section (1)</h3>", "<h3>Possible personal data (1)</h3>", "<h3>Text not placed in a section (1)</h3>"} {
		if !strings.Contains(p, want) {
			t.Errorf("the summary lacks %s", want)
		}
	}
}

// The page speaks to reviewers: no flag kinds, roles or block kinds as the
// programs spell them.
func TestPlainWordsNotInternalNames(t *testing.T) {
	p := renderPage(t)
	for _, internal := range []string{"low_confidence", "missing_section", "section_heading", "sub_heading", "list_item", `<div class="meta">content</div>`, "<b>unmapped</b>"} {
		if strings.Contains(p, internal) {
			t.Errorf("the page shows the internal name %q", internal)
		}
	}
	for _, plain := range []string{"section heading", "sub-heading", "list item", "<b>Missing section</b>: No Safeguarding Children Activity section"} {
		if !strings.Contains(p, plain) {
			t.Errorf("the page lacks %q", plain)
		}
	}
}

// The filter hides the blocks that need nothing: they carry the class the
// checkbox's rule hides, and the uncertain one does not.
func TestFilterKeepsOnlyBlocksNeedingAttention(t *testing.T) {
	p := renderPage(t)
	if !strings.Contains(p, `#only-attention:checked ~ section.panel tr.calm{display:none}`) || !strings.Contains(p, `<input type="checkbox" id="only-attention">`) {
		t.Fatal("the page lacks the filter")
	}
	row := regexp.MustCompile(`<tr id="s\d+-b\d+" class="([^"]*)">(?s:.*?)</tr>`)
	calm, kept := 0, 0
	for _, m := range row.FindAllStringSubmatch(p, -1) {
		needs := strings.Contains(m[0], `class="check"`)
		if strings.Contains(m[1], "calm") == needs {
			t.Errorf("row class %q but needs attention %v", m[1], needs)
		}
		if needs {
			kept++
		} else {
			calm++
		}
	}
	if kept < 2 || calm < 10 {
		t.Errorf("%d rows kept, %d hidden by the filter: the fixture should have both", kept, calm)
	}
}
