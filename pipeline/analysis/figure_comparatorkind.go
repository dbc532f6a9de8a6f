package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A comparator is what was measured elsewhere or before, so it is an
// achievement even in a sentence about what is to happen: "We aim to
// reach 95% ... by March 2027, above the national average of 88%", "Our
// target is 95% for Level 3 training (England 91%)", "We want 90% by
// June, against 84% now". Only the figure aimed at is the target.

// comparedWithRe ends the text before a figure given for comparison (not
// "than", which also bounds a target: "fewer than 10").
var comparedWithRe = lazy.Re(`(?i)\b(?:against|compared\s+(?:with|to)|compares?\s+(?:with|to)|versus|vs\.?)\s*(?:£\s?)?$`)

// comparatorKind turns a target that is a comparator into an achievement.
func comparatorKind(sent string, lo, hi int, kind model.FigureKind) model.FigureKind {
	if kind != model.FigureTarget || targetBeforeRe.Get().MatchString(sent[:lo]) || bracketExpectRe.Get().MatchString(sent[:lo]) {
		return kind
	}
	before, after := sent[:lo], sent[hi:]
	if m := bracketLabelRe.Get().FindStringSubmatch(before); m != nil && !targetWordRe.Get().MatchString(m[1]) && !staffGroup(clean(m[1])) {
		return model.FigureAchievement // "(England 91%)"
	}
	if m := comparatorNameRe.Get().FindStringSubmatch(before); m != nil && !targetWordRe.Get().MatchString(m[1]) {
		return model.FigureAchievement // "above the national average of 88%"
	}
	if comparedWithRe.Get().MatchString(strings.TrimRight(before, " ")+" ") && (comparatorAfterRe.Get().MatchString(after) || timeAfterRe.Get().MatchString(after) || nowAfterRe.Get().MatchString(after)) {
		return model.FigureAchievement // "against 84% now", "compared with 86% nationally"
	}
	return kind
}

// nowAfterRe starts the words after a figure that say it is the present
// one: "now", "at present", "currently", "this year".
var nowAfterRe = lazy.Re(`(?i)^\s*(?:now|at\s+present|currently|today|this\s+year|so\s+far|to\s+date)\b`)
