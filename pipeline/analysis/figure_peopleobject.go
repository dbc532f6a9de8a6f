package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count of people that is the object of a verb of action is counted by
// what was done to them: "referred 214 children to children's social
// care" counts children referred, "placed 23 young people in supported
// lodgings" young people placed, "supported 320 families" families
// supported; the measure is the verb and the noun phrase as written
// ("referred children"). The noun alone ("214 children") says only who they are, and
// two counts of children in one statement would read as one measure. A
// count of things ("recorded 1,317 concerns") is named by the things.

// personNounRe is a noun (or the last word of one) that names people,
// not things.
var personNounRe = lazy.Re(`(?i)^(?:children|child|people|persons|families|adults|parents|carers|pupils|students|learners|women|men|girls|boys|babies|infants|victims|survivors|residents|tenants|patients|households|individuals|offenders|perpetrators|mothers|fathers|siblings|clients|users|leavers|abusers|claimants|applicants|migrants|refugees|seekers|members|attendees|participants|survivors|defendants|witnesses|callers)$`)

// peopleObject names such a count by the verb and the people as the count
// reads them ("referred children", "supported women in the community").
func peopleObject(c *figureText) (string, string, bool) {
	verb := lastWord(c.before)
	if !c.count || c.bracket || !(participle(verb) || pastVerbRe.Get().MatchString(verb)) || strings.ContainsAny(c.before[len(c.before)-1:], ",;:") {
		return "", "", false
	}
	m, g, ok := countMeasure(c.sent, c.n, c.after, c.prev)
	if !ok || g != "" || !personNounRe.Get().MatchString(lastWord(headNoun(m))) {
		return "", "", false
	}
	return strings.ToLower(verb) + " " + m, "", true
}

// headNoun is a noun phrase before its first preposition: "women" of
// "women in the community".
func headNoun(m string) string {
	var out []string
	for _, w := range strings.Fields(m) {
		if stopRe.Get().MatchString(w) || headStopRe.Get().MatchString(w) {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// headStopRe ends a noun phrase's head besides stopRe: "women into
// supported accommodation", "families with a plan".
var headStopRe = lazy.Re(`(?i)^(?:with|on|of|into|onto|through|via|without|under|near)$`)

// gerundBeforeRe ends a clause opened by a gerund before its count, after
// a comma: ", turning away", ", refusing", ", helping".
var gerundBeforeRe = lazy.Re(`(?i),\s+([a-z]+ing(?:\s+(?:away|back|down|out|on|up))?)\s*$`)

// gerundObject names a count that a comma's gerund clause acts on by the
// gerund and the count's words: "We accommodated 121 women, turning away
// 260 referrals for lack of space" counts referrals turned away, not
// accommodated, so the verb stays in the measure.
func gerundObject(c *figureText) (string, string, bool) {
	m := gerundBeforeRe.Get().FindStringSubmatch(c.sent[:c.n.lo])
	if !c.count || m == nil {
		return "", "", false
	}
	noun, _, ok := countMeasure(c.sent, c.n, c.after, c.prev)
	if !ok || noun == "" || strings.ContainsAny(noun, "0123456789") {
		return "", "", false
	}
	return strings.ToLower(m[1]) + " " + noun, "", true
}
