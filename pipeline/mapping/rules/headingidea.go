package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Agencies word their headings as questions or in the first person, in
// their own words: "Has it worked?", "Our work with schools", "HOW THINGS
// CHANGED", "WHAT WE CAN CELEBRATE", "What we want to do better". The
// template's wordings cannot list them all, and the fuzzy overlap with a
// wording reads them by their small words ("Has it worked?" met "Our work",
// activity, at 0.77: round3/heldout5, Oldbury). Such a heading says what
// its section is about with one or two idea words: what was done, what
// changed, what the agency is proud of, what comes next. ideaMatch reads
// those words; it only adds a match (the best of the forms counts), and
// only for headings worded so, where the idea words carry the meaning.

// ideaScore is the score of a heading matched by its idea words: over the
// threshold, under a pattern covering the whole heading, so a template
// wording still wins and a close second section makes it flagged.
const ideaScore = 0.8

// ideaWords are the words (plural folded, tense kept: "worked" is not
// "work") that say which section a question or first-person heading is
// about. A word in two sections' ideas would decide nothing, so none is.
var ideaWords = map[model.SectionKey][]string{
	model.SectionInspection:  {"inspector", "inspection", "inspected", "inspectorate", "ofsted", "cqc", "hmicfrs", "hmip", "regulator"},
	model.SectionContext:     {"who", "about", "background", "organised", "organized", "organisation", "role", "scene"},
	model.SectionActivity:    {"did", "done", "delivered", "doing", "undertaken", "undertook", "action", "activity", "work"},
	model.SectionOutcomes:    {"difference", "worked", "changed", "change", "helped", "help", "impact", "effect", "result", "know", "measure", "outcome"},
	model.SectionSuccesses:   {"proud", "proudest", "pleased", "celebrate", "highlight", "achievement", "achieved", "success", "best"},
	model.SectionDevelopment: {"next", "ahead", "improve", "better", "plan", "future", "more", "will", "need", "forward", "priority", "challenge"},
}

// ideaOpeners mark a heading worded as a question or in the first person:
// its first word. A leading auxiliary ("Has it worked?", "Did it help?") is
// grammar, not an idea word.
var (
	ideaOpeners = map[string]bool{"what": true, "how": true, "who": true, "where": true, "why": true, "which": true,
		"we": true, "our": true, "us": true, "i": true, "my": true}
	ideaAuxiliaries = map[string]bool{"has": true, "have": true, "did": true, "do": true, "does": true, "is": true,
		"are": true, "was": true, "were": true, "can": true, "will": true}
)

// ideaMatch matches a normalised heading by its idea words: the one section
// with the most of them, when the heading is worded as a question or in the
// first person; a zero match otherwise.
func ideaMatch(norm string, question bool) headingMatch {
	first, _, _ := strings.Cut(norm, " ")
	if !question && !ideaOpeners[first] && !ideaAuxiliaries[first] {
		return headingMatch{} // most headings: no work
	}
	toks := cueTokens(norm)
	if len(toks) == 0 || len(toks) > maxHeadingWords {
		return headingMatch{}
	}
	switch {
	case ideaAuxiliaries[toks[0]]:
		toks, question = toks[1:], true
	case ideaOpeners[toks[0]]:
		question = true
	}
	if !question {
		return headingMatch{}
	}
	hits := map[model.SectionKey][]string{}
	best, tie := model.SectionKey(""), false
	for _, t := range toks {
		for key, words := range ideaWords {
			for _, w := range words {
				if t == w {
					hits[key] = append(hits[key], t)
				}
			}
		}
	}
	for key, h := range hits {
		switch {
		case best == "" || len(h) > len(hits[best]):
			best, tie = key, false
		case len(h) == len(hits[best]):
			tie = true
		}
	}
	if h := hits[model.SectionInspection]; len(h) > 0 {
		// "What inspectors said about us": an inspection named in the
		// heading says what the part is, whatever else the heading says.
		best, tie = model.SectionInspection, false
	}
	if best == "" || tie {
		return headingMatch{}
	}
	return headingMatch{Section: best, Score: ideaScore,
		How: fmt.Sprintf("the idea words %q of a heading worded as a question or in the first person", strings.Join(hits[best], " "))}
}
