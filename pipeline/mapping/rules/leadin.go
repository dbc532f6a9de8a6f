package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxLeadInWords bounds a lead-in: "Our key successes this year were:" is a
// lead-in, a long sentence ending in a colon is a paragraph.
const maxLeadInWords = 12

// futureLeadIn marks a lead-in that introduces plans ("Over the coming year
// we will:", "In the year ahead we plan to:"): the development section,
// whatever words it uses.
var futureLeadIn = lazy.Re(`(?i)\b(next year|coming year|year ahead|next 12 months|next twelve months|we will|we plan to|we intend to|we aim to)\b`)

// leadIn is a line inside the text that names a section.
type leadIn struct {
	sec int
	how string // evidence: the wording it uses
}

// leadInAt reports whether block i is a lead-in that names a section: a
// paragraph of at most maxLeadInWords words ending in ":", holding one of
// the template's own heading wordings as a phrase ("Areas for development
// in 2020-21 include:" holds "areas for development"), or introducing plans.
// Whole wordings, not the fuzzy heading match, because a lead-in has many
// words of its own and the patterns are too broad inside a sentence
// ("Concerns raised by staff were:" is not about development).
func (p *plan) leadInAt(i int) (leadIn, bool) {
	b, ok := p.blocks[i].(*model.Paragraph)
	if !ok {
		return leadIn{}, false
	}
	text := strings.TrimSpace(b.Text)
	if !strings.HasSuffix(text, ":") || wordCount(text) > maxLeadInWords {
		return leadIn{}, false
	}
	if key, w := p.m.headings.named(text); key != "" {
		if s := p.m.sectionIndex(key); s >= 0 {
			return leadIn{sec: s, how: fmt.Sprintf("the lead-in %q names %s (%q)", text, key, w)}, true
		}
	}
	if futureLeadIn.Get().MatchString(text) {
		if s := p.m.sectionIndex(model.SectionDevelopment); s >= 0 {
			return leadIn{sec: s, how: fmt.Sprintf("the lead-in %q introduces plans", text)}, true
		}
	}
	return leadIn{}, false
}

// named returns the section whose heading wording text holds as a whole
// phrase, the longest such wording winning (ties: the template's order),
// and that wording; "" when none.
func (m *headingMatcher) named(text string) (model.SectionKey, string) {
	toks := tokens(normaliseHeading(text))
	var best model.SectionKey
	var bestW string
	bestLen := 0
	for _, s := range m.sections {
		for _, w := range s.wordings {
			if len(w.tokens) > bestLen && containsRun(toks, w.tokens) {
				best, bestW, bestLen = s.key, w.norm, len(w.tokens)
			}
		}
	}
	return best, bestW
}

// containsRun reports whether run appears in toks as consecutive tokens.
func containsRun(toks, run []string) bool {
	if len(run) == 0 {
		return false
	}
	for i := 0; i+len(run) <= len(toks); i++ {
		if slices.Equal(toks[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
