package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A standard, threshold or minimum an agency is held to is a target by
// the issue's definition, however it is worded: "the Trust standard is
// 95%", "the minimum standard for X is 90%", "the 85% quality threshold",
// "under the 400 family standard". A standard named as a label in
// brackets ("(national standard 90%)") is a comparator and stays as it
// was; "standard risk" is a grade of risk, not a standard.
var (
	// standardIsRe ends the text before a figure the standard is: "the
	// Service standard is", "the minimum standard for Level 3 training is".
	standardIsRe = lazy.Re(`(?i)\b(?:standard|threshold|minimum|requirement)s?\b(?:\s+(?:for|of)\s+[^,;:.()\d]{1,50}?)?\s+(?:is|was|are|were|remains|stands\s+at|set\s+at)\s*$`)
	// theBeforeRe ends the text before a standard named after its figure:
	// "above the 85% ...", "its 90% ...".
	theBeforeRe = lazy.Re(`(?i)\b(?:the|its|our|their|a)\s*$`)
	// standardAfterRe starts the text after such a figure: "85% quality
	// threshold", "90% standard", "400 family standard".
	standardAfterRe = lazy.Re(`(?i)^\s*((?:[\w'’-]+\s+){0,2}?(?:standard|threshold|minimum)s?)\b(?:\s+(risk|deviation)\b)?`)
)

// standardNamed reports whether the figure at n is a standard or
// threshold, and the name the words after it give it ("quality
// threshold"), empty when the words before name it.
func standardNamed(sent string, n numberAt) (name string, ok bool) {
	before := strings.TrimSpace(sent[:n.lo])
	if standardIsRe.Get().MatchString(before) {
		return "", true
	}
	m := standardAfterRe.Get().FindStringSubmatch(sent[n.hi:])
	if m == nil || m[2] != "" || !theBeforeRe.Get().MatchString(before) {
		return "", false
	}
	return clean(m[1]), true
}

// standardKind makes a standard or threshold a target.
func standardKind(sent string, n numberAt, k model.FigureKind) model.FigureKind {
	if _, ok := standardNamed(sent, n); ok {
		return model.FigureTarget
	}
	return k
}

// standardAfter names a figure by the standard after it: "above the 85%
// quality threshold the commissioners set" is the quality threshold.
func standardAfter(c *figureText) (string, string, bool) {
	name, ok := standardNamed(c.sent, c.n)
	return name, "", ok && name != ""
}
