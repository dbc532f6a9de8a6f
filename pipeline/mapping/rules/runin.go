package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxRunInWords bounds the heading part of a run-in heading ("Key
// successes: our school council ..."): a few words before the colon.
const (
	maxRunInWords = 6
	maxRunInChars = 60
)

// runInAt reports whether block i opens with a run-in heading: a paragraph
// whose words before its first colon are, once normalised, exactly one of
// the template's heading wordings ("Key successes:", "Areas for
// development:"), with a sentence after the colon. Agencies write a section
// so when they run its heading into the first paragraph; unlike a lead-in,
// the text after the colon is the section's own. Only an exact wording
// counts, because the words before a colon inside a paragraph are often
// a label of another kind ("Training: ...", "Outcome: no further action").
func (p *plan) runInAt(i int) (leadIn, bool) {
	b, ok := p.blocks[i].(*model.Paragraph)
	if !ok {
		return leadIn{}, false
	}
	text := strings.TrimSpace(b.Text)
	if c := strings.IndexByte(text, ':'); c < 0 || c > maxRunInChars {
		return leadIn{}, false // most paragraphs: no work
	}
	head, rest, _ := strings.Cut(text, ":")
	if wordCount(head) == 0 || wordCount(head) > maxRunInWords || wordCount(rest) < 3 {
		return leadIn{}, false
	}
	m := p.m.headings.match(head)
	if m.Score < 1 {
		return leadIn{}, false
	}
	s := p.m.sectionIndex(m.Section)
	if s < 0 {
		return leadIn{}, false
	}
	return leadIn{sec: s, how: fmt.Sprintf("the paragraph opens with the heading %q, run into its text (%s)", strings.TrimSpace(head), m.Section)}, true
}
