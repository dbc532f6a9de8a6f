package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count of people that an activity reached ("Safeguarding Children
// workshops reached 1,094 coaches and team managers", "the Women's Centre
// sessions reached 236 women on community orders") counts the people,
// and the activity that reached them is its group: the board reads it as
// the workshops' reach. An agency or person as the subject ("The team
// reached 90 families") is read as before.

var (
	// reachVerbBeforeRe ends the text before such a count with its
	// subject: "Safeguarding Children workshops reached".
	reachVerbBeforeRe = lazy.Re(`(?i)(?:^|[,;:]\s*|\band\s+)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:reached|were\s+attended\s+by|was\s+attended\s+by|drew|attracted|engaged|trained)\s*$`)
	// activityNounRe is the last word of an activity's name.
	activityNounRe = lazy.Re(`(?i)^(?:sessions?|workshops?|courses?|programmes?|campaigns?|events?|briefings?|webinars?|conferences?|seminars?|clinics?|roadshows?|assemblies|groups?|classes|modules?|e-learning|training)$`)
)

// reachedBy names a count of people an activity reached by the people,
// the activity its group.
func reachedBy(c *figureText) (string, string, bool) {
	m := reachVerbBeforeRe.Get().FindStringSubmatch(c.before)
	if !c.count || m == nil || !activityNounRe.Get().MatchString(lastWord(m[1])) {
		return "", "", false
	}
	people, _, ok := countMeasure(c.sent, c.n, c.after, c.prev)
	if !ok || people == "" {
		return "", "", false
	}
	subj := strings.TrimSpace(leadArticleRe.Get().ReplaceAllString(leadAndRe.Get().ReplaceAllString(m[1], ""), ""))
	return people, subj, true
}

// leadArticleRe is the article a subject opens with.
var leadArticleRe = lazy.Re(`(?i)^(?:the|our|its|their|this|these)\s+`)
