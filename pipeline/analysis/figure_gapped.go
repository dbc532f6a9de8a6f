package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A second clause that leaves out all but its subject and the word before
// its count repeats the first clause's shape: "Domestic abuse was behind
// 540 of those referrals and hoarding behind 118", "Schools referred 300
// families and health visitors referred 120". The word before the count
// is the same as the one before the first count, so the count measures what the first does,
// and the clause's subject is its group.

// gapRe ends the text before such a count: "and hoarding behind".
var gapRe = lazy.Re(`(?i)(?:\band|\bbut|\bwhile|\bwhilst|,)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?:\s+([a-z]+))?\s*$`)

// lastCountRe finds the count before: "540 of those referrals".
var lastCountRe = lazy.Re(`\d[\d,]*(?:\.\d+)?`)

// gapped names such a count by the figure before's measure, its subject
// the group.
func gapped(c *figureText) (string, string, bool) {
	before := withoutFurther(c.before) // "and self-neglect in a further 96" (figure_further.go)
	m := gapRe.Get().FindStringSubmatchIndex(before + " ")
	if !c.count || c.prev == "" || m == nil {
		return "", "", false
	}
	head := before[:m[0]]
	nums := lastCountRe.Get().FindAllStringIndex(head, -1)
	if nums == nil {
		return "", "", false
	}
	last := nums[len(nums)-1]
	word := ""
	if m[4] >= 0 {
		word = before[m[4]:m[5]]
	}
	subj := before[m[2]:m[3]]
	if word == "" || !strings.EqualFold(lastWord(head[:last[0]]), word) || strings.TrimSpace(cutSentence(c.after)) != "" || pronounRe.Get().MatchString(subj) {
		return "", "", false
	}
	return c.prev, clean(leadAndRe.Get().ReplaceAllString(subj, "")), true
}

// leadAndRe is the "and" a subject after a comma opens with: ", and
// cuckooing in".
var leadAndRe = lazy.Re(`(?i)^(?:and|but|while|whilst)\s+`)
