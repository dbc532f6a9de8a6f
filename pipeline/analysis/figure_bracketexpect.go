package analysis

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An expectation set in brackets after figures ("officers 88%, education
// staff 96% (the Youth Custody Service expects 95%)", "(NHS England
// requires 90%)", "(our standard is 85%)") is the target of what the figures before it measure.
// Its verb sits inside its brackets, so it says nothing of the figures
// outside them: they stay what happened.

var (
	// bracketExpectRe ends the text before the bracketed expected figure:
	// "(the board expects", "(NHS England requires".
	bracketExpectRe = lazy.Re(`(?i)\(\s*(?:the\s+)?[A-Za-z][\w'’ -]{0,50}?\s+(?:expects?|requires?|sets?|asks\s+for|looks\s+for|wants?|(?:standard|target|expectation|requirement|minimum)\s+(?:is|was))\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?:£\s?)?$`)
	// bracketExpectLaterRe finds a bracketed expectation later in the
	// sentence.
	bracketExpectLaterRe = lazy.Re(`(?i)\(\s*(?:the\s+)?[A-Za-z][\w'’ -]{0,50}?\s+(?:expects?|requires?|sets?|asks\s+for|looks\s+for|wants?|(?:standard|target|expectation|requirement|minimum)\s+(?:is|was))\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(?:£\s?)?\d[^()]*\)`)
)

// bracketExpected reports whether the figure at n is the expected figure
// of a bracket.
func bracketExpected(sent string, n numberAt) bool {
	return bracketExpectRe.Get().MatchString(sent[:n.lo])
}

// bracketExpectKind is the kind of the figure at n: a target when it is
// a bracket's expected figure, else its kind read without the brackets
// of expectation after it.
func bracketExpectKind(sent string, n numberAt, kind func(string) model.FigureKind) (model.FigureKind, bool) {
	if bracketExpected(sent, n) {
		return model.FigureTarget, true
	}
	if loc := bracketExpectLaterRe.Get().FindStringIndex(sent[n.hi:]); loc != nil {
		return kind(sent[:n.hi+loc[0]]), true
	}
	return "", false
}

// bracketExpectMeasure names a bracket's expected figure by the figure
// before it.
func bracketExpectMeasure(sent string, n numberAt, prev string) (string, bool) {
	if prev != "" && bracketExpected(sent, n) {
		return prev, true
	}
	return "", false
}
