package analysis

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A figure after "against a plan of" ("numbered 318, against a plan of
// 350") is an aim too, of the figure before, however the aim is named.
//
// A figure followed by who expects it ("well below the 60% the
// partnership expects", "the 90% that the board requires") is a target of
// the figure before it, measuring the same. The verb of expecting sits in
// that figure's relative clause, so it makes no earlier figure of the
// sentence a target: "GP attendance ... was 41%" is what happened.

var (
	// whoExpects is the relative clause's words.
	whoExpects = `(?:that\s+|which\s+)?(?:the\s+[\w'’-]+|we|it|they|our\s+[\w'’-]+)\s+(?:expects?|requires?|wants?|sets?|asks?\s+for|aims?\s+for|looks?\s+for)\b`
	// expectRelRe starts the words after an expected figure.
	expectRelRe = lazy.Re(`(?i)^\s+` + whoExpects)
	// expectedLaterRe finds a later expected figure in the sentence.
	expectedLaterRe = lazy.Re(`(?i)\d[\d,.]*\s?(?:%|per\s?cent)?\s+` + whoExpects)
)

// expectedRule names an expected figure by the figure before it.
func expectedRule(c *figureText) (string, string, bool) {
	if c.prev != "" && expectRelRe.Get().MatchString(c.after) {
		return c.prev, "", true
	}
	return "", "", false
}

// expectedKind is the kind of the figure at n: a target when expected,
// else its kind read from the sentence up to a later expected figure.
func expectedKind(sent string, n numberAt, kind func(string) model.FigureKind) model.FigureKind {
	if expectRelRe.Get().MatchString(sent[n.hi:]) || aimOfBeforeRe.Get().MatchString(sent[:n.lo]) {
		return model.FigureTarget
	}
	if k, ok := bracketExpectKind(sent, n, kind); ok {
		return k // "officers 88% (the Youth Custody Service expects 95%)" (figure_bracketexpect.go)
	}
	if loc := expectedLaterRe.Get().FindStringIndex(sent[n.hi:]); loc != nil {
		return kind(sent[:n.hi+loc[0]])
	}
	return kind(sent)
}

// aimOfBeforeRe ends "against a plan of" before a figure: an aim named as
// a noun other than "target" ("against a plan of 350", "an ambition of").
var aimOfBeforeRe = lazy.Re(`(?i)\b(?:against|versus|compared\s+(?:with|to)|short\s+of|beating|exceeding|above|below)\s+(?:a|an|the|our|its|their)\s+(?:planned\s+|agreed\s+)?(?:plan|aim|goal|ambition|trajectory|expectation|commitment|standard)\s+of\s*(?:£\s?)?$`)

// aimOfRule names a figure after "against a plan of" by the figure before.
func aimOfRule(c *figureText) (string, string, bool) {
	if c.prev != "" && aimOfBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		return c.prev, "", true
	}
	return "", "", false
}
