package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// headingThreshold is the least score at which a heading is taken to name a
// section. Scores: 1 for a wording equal after normalising, the weighted
// token overlap (Dice) or the character similarity for near wordings, and
// 0.72-0.97 for a pattern depending on how much of the heading it covers
// and how early.
const headingThreshold = 0.72

// headingMatch is the outcome of matching one heading.
type headingMatch struct {
	Section model.SectionKey
	Score   float64
	How     string // the wording or pattern that matched, for evidence
	// Second is the next best other section and its score: a heading that
	// matches two sections almost equally ("Performance and achievements")
	// is a doubt worth a reviewer's look.
	Second      model.SectionKey
	SecondScore float64
	// norm is the heading normalised (normaliseHeading), kept so later
	// readings of the same heading do not normalise it again.
	norm string
}

// ok reports whether the match names a section.
func (m headingMatch) ok() bool { return m.Section != "" && m.Score >= headingThreshold }

func (m headingMatch) evidence(text string) string {
	return fmt.Sprintf("heading %q matched %s via %s (%.2f)", text, m.Section, m.How, m.Score)
}

type wording struct {
	norm   string
	tokens []string
}

type sectionMatcher struct {
	key      model.SectionKey
	wordings []wording
	patterns []*regexp.Regexp
}

// headingMatcher matches heading text against the template's wordings and
// patterns.
type headingMatcher struct {
	sections []sectionMatcher
	vocab    []string // every distinct token of the wordings
}

func newHeadingMatcher(t *template.Template) (*headingMatcher, error) {
	m := &headingMatcher{}
	for _, s := range t.Sections {
		sm := sectionMatcher{key: s.Key}
		for _, h := range s.Headings {
			n := normaliseHeading(h)
			sm.wordings = append(sm.wordings, wording{norm: n, tokens: tokens(n)})
		}
		for _, p := range s.Patterns {
			re, err := regexp.Compile(p)
			if err != nil {
				return nil, fmt.Errorf("template section %s: pattern %q: %w", s.Key, p, err)
			}
			sm.patterns = append(sm.patterns, re)
		}
		m.sections = append(m.sections, sm)
	}
	seen := map[string]bool{}
	for _, s := range m.sections {
		for _, w := range s.wordings {
			for _, t := range w.tokens {
				if !seen[t] {
					seen[t] = true
					m.vocab = append(m.vocab, t)
				}
			}
		}
	}
	return m, nil
}

// match returns the best section for a heading, or a zero match when the
// text is empty. Ties go to the section listed first in the template.
func (m *headingMatcher) match(text string) headingMatch {
	norm := normaliseHeading(text)
	if norm == "" {
		return headingMatch{}
	}
	var buf [8]headingMatch // no allocation for a template of up to 8 sections
	var scores []headingMatch
	if len(m.sections) <= len(buf) {
		scores = buf[:len(m.sections)]
	} else {
		scores = make([]headingMatch, len(m.sections))
	}
	for _, form := range headingForms(norm) {
		toks := tokens(form)
		alike := m.typos(toks)
		for k := range m.sections {
			if c := m.sections[k].score(form, toks, alike); c.Score > scores[k].Score {
				scores[k] = c
			}
		}
	}
	m.addIdea(scores, norm, strings.HasSuffix(strings.TrimSpace(text), "?"))
	var best, second headingMatch
	for _, c := range scores {
		switch {
		case c.Score > best.Score:
			best, second = c, best
		case c.Score > second.Score:
			second = c
		}
	}
	best.Second, best.SecondScore = second.Section, second.Score
	best.norm = norm
	return best
}

// addIdea raises a section's score to the heading's idea match
// (headingidea.go) when that is better.
func (m *headingMatcher) addIdea(scores []headingMatch, norm string, question bool) {
	im := ideaMatch(norm, question)
	if im.Section == "" {
		return
	}
	for k := range m.sections {
		if m.sections[k].key == im.Section && im.Score > scores[k].Score {
			scores[k] = im
		}
	}
}

// typos finds, once per heading, which wording tokens each heading token may
// be a typo of, so the overlap with every wording is a lookup.
func (m *headingMatcher) typos(toks []string) func(t, u string) bool {
	near := map[string][]string{}
	for _, t := range toks {
		if _, done := near[t]; done {
			continue
		}
		near[t] = nil
		for _, v := range m.vocab {
			if v != t && tokensAlike(t, v) {
				near[t] = append(near[t], v)
			}
		}
	}
	return func(t, u string) bool {
		if t == u {
			return true
		}
		for _, v := range near[t] {
			if v == u {
				return true
			}
		}
		return false
	}
}

func (s *sectionMatcher) score(norm string, toks []string, alike func(t, u string) bool) headingMatch {
	best := headingMatch{Section: s.key}
	for _, w := range s.wordings {
		if w.norm == norm {
			return headingMatch{Section: s.key, Score: 1, How: fmt.Sprintf("wording %q", w.norm)}
		}
		sc := max(diceWith(toks, w.tokens, alike), charSimilarity(norm, w.norm))
		if sc > best.Score {
			best.Score, best.How = sc, fmt.Sprintf("wording %q", w.norm)
		}
	}
	for _, re := range s.patterns {
		loc := re.FindStringIndex(norm)
		if loc == nil {
			continue
		}
		// More of the heading covered is surer; and a heading's head noun
		// comes first in English ("Impact of safeguarding activity" is
		// about impact), so an earlier match is a little surer too.
		n := float64(len(norm))
		sc := 0.72 + 0.2*float64(loc[1]-loc[0])/n + 0.05*(1-float64(loc[0])/n)
		if sc > best.Score {
			best.Score, best.How = sc, fmt.Sprintf("pattern %q", re.String())
		}
	}
	return best
}
