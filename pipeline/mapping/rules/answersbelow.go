package rules

import "github.com/reportpipe/reportpipe/internal/lazy"

// A return answering the board's questions may open by saying so: "Our
// answers to the board's questions are set out below. The return was
// prepared by the head of ...", "Our responses to the partnership's
// questions follow." It names no statement or report, so the preface rule
// (headlessopening.go) missed it, and by meaning it was the statement's
// first context at 0.84-0.89: a silent error (issue 22, heldout10 read with
// its headings taken out). It is a preface like the others, set aside to
// context, flagged.

// answersPreface: a paragraph opening by presenting the agency's answers
// to someone's questions, or saying who prepared the return.
var answersPreface = lazy.Re(`(?i)^\W*(?:(?:our\s+|the\s+(?:\w+['’]s\s+)?)(?:answers|responses|replies)\s+to\s+(?:the\s+)?[\w'’ -]{0,40}?\b(?:questions|questionnaire|template|request)\b|(?:this|the) (?:return|statement|report|submission) was (?:prepared|written|compiled) by\b)`)

// answersBelow reports whether text is such a preface.
func answersBelow(text string) bool {
	return answersPreface.Get().MatchString(text)
}
