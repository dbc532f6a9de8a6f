package analysis

import (
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// monthWordRe is a month's name, which after "by" or "in" starts a period,
// not the rest of what is counted.
var monthWordRe = lazy.Re(`(?i)^` + monthAlt + `$`)

// notNounAfterIn are words after "in" that start a time, a place in the
// text or an amount, not a state ("in care", "in custody").
var notNounAfterIn = map[string]bool{"total": true, "all": true, "year": true, "addition": true, "particular": true,
	"place": true, "time": true, "order": true, "line": true, "part": true, "which": true, "what": true,
	"every": true, "some": true, "person": true, "future": true, "turn": true, "respect": true, "relation": true}

// asStop are words after "as" that do not name a role: "as well as".
var asStop = map[string]bool{"well": true, "part": true, "of": true, "such": true, "at": true, "soon": true,
	"many": true, "much": true, "far": true, "long": true, "result": true, "follows": true}

// nounIng are "-ing" words used as nouns here ("in safeguarding roles",
// "in training"), unlike an activity ("in recognising neglect").
var nounIng = map[string]bool{"safeguarding": true, "training": true, "housing": true, "nursing": true,
	"fostering": true, "learning": true, "counselling": true, "offending": true, "parenting": true,
	"mentoring": true, "policing": true, "schooling": true, "funding": true}

// toNouns are nouns whose "to" says where: "referrals to early help",
// "visits to families", "admissions to hospital".
var toNouns = map[string]bool{"referral": true, "visit": true, "call": true, "admission": true, "transfer": true,
	"return": true, "application": true, "notification": true, "escalation": true, "response": true, "signposting": true}

// nounGoesOn reports whether the noun phrase after a count goes on through
// the stop word words[i] ("young people admitted to hospital", "attendances
// by children", "students in care", "children and young people"), where
// it would otherwise end ("referrals in 2025/26", "visits by March",
// "officers and 612 staff").
func nounGoesOn(words []string, i int, out []string) bool {
	if len(out) == 0 || i+1 >= len(words) {
		return false
	}
	w, next := strings.ToLower(words[i]), strings.Trim(words[i+1], ".,;:()")
	if w == "who" {
		return shortEnd(words[i+1:], 4) // "young people who self-harm", "students who are looked after"
	}
	if next == "" || numberWord(next) || stopRe.Get().MatchString(next) || monthWordRe.Get().MatchString(next) {
		return false
	}
	switch w {
	case "to", "into":
		return participle(out[len(out)-1]) || toNouns[strings.TrimSuffix(strings.ToLower(out[len(out)-1]), "s")]
	case "by":
		return lowerWord(next) && !articleOrEnd(next)
	case "in":
		if strings.EqualFold(next, "the") {
			return theNounEnds(words[i+2:]) // "people in the community"
		}
		// a state ("in care"), not an activity ("380 staff in recognising neglect")
		return lowerWord(next) && !articleOrEnd(next) && !notNounAfterIn[strings.ToLower(next)] && (!strings.HasSuffix(next, "ing") || nounIng[strings.ToLower(next)])
	case "and":
		return andGoesOn(words[i+1:])
	case "at":
		return strings.EqualFold(next, "risk") // "adults at risk"
	case "as":
		return !articleOrEnd(next) && !asStop[strings.ToLower(next)] // "6 more staff as Designated Safeguarding Leads"
	case "who":
		return shortEnd(words[i+1:], 4) // "young people who self-harm"
	}
	return false
}

// andGoesOn reports whether the words after "and" finish a pair of nouns
// ("wishes and feelings", "taxi and private hire drivers"): up to three words,
// neither a verb nor a number, the last a plural, then the end of the
// phrase; or two or three such words that end the clause ("neglect and acts
// of omission,"). "and ran 96 groups" and "and 690 police staff" start a clause
// or a figure of their own.
func andGoesOn(rest []string) bool {
	for n := 1; n <= 3 && n <= len(rest); n++ {
		last := strings.ToLower(strings.Trim(rest[n-1], ".,;:()"))
		if verbRe.Get().MatchString(last) && !finalNeeds(rest, n-1) || participle(last) || numberWord(last) || !lowerWord(last) {
			return false
		}
		if n < len(rest) && (!stopRe.Get().MatchString(rest[n]) || finalNeeds(rest, n)) {
			continue
		}
		return plural(last) || n == len(rest) && n > 1 && !strings.HasSuffix(last, "ly")
	}
	return false
}

// plural reports whether w reads as a plural noun.
func plural(w string) bool {
	switch w {
	case "people", "children", "staff", "men", "women":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

func lowerWord(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

func articleOrEnd(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "end", "its", "our", "their", "this", "that", "these", "those":
		return true
	}
	return false
}

// timeNouns after "in the" start a time, not a place or a state.
var timeNouns = map[string]bool{"year": true, "period": true, "quarter": true, "month": true, "week": true,
	"first": true, "last": true, "same": true, "past": true, "previous": true, "next": true,
	"autumn": true, "spring": true, "summer": true, "winter": true, "end": true, "course": true}

// theNounEnds reports whether words, after "in the", are one lowercase
// noun that ends the phrase ("in the community", not "in the year").
func theNounEnds(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := strings.Trim(words[0], ".,;:()")
	if w == "" || !lowerWord(w) || timeNouns[w] || numberWord(w) || stopRe.Get().MatchString(w) {
		return false
	}
	return len(words) == 1 || stopRe.Get().MatchString(words[1]) || strings.ContainsAny(words[0], ".,;:")
}

// stateAfter reports whether words (after "in" or "on") name a state a
// count is in ("custody", "a plan", "care"), not a time or a place in the
// text.
func stateAfter(words []string) bool {
	w := strings.Trim(words[0], ".,;:()")
	if strings.EqualFold(w, "a") || strings.EqualFold(w, "an") {
		return false // "£56,000 in a liaison post": what the money went on
	}
	return w != "" && lowerWord(w) && !articleOrEnd(w) && !notNounAfterIn[strings.ToLower(w)] && !timeNouns[strings.ToLower(w)] && !monthWordRe.Get().MatchString(w)
}

// shortEnd reports whether words end their phrase within max words, with
// no number among them: a short relative clause that finishes a noun.
func shortEnd(words []string, max int) bool {
	for i, w := range words {
		if i == max || numberWord(w) {
			return false
		}
		if strings.ContainsAny(w, ".,;:") {
			return true
		}
	}
	return len(words) <= max
}

// finalNeeds reports whether words[i] is a "needs" that ends the phrase,
// a noun ("care and support needs"), not the verb of "needs to".
func finalNeeds(words []string, i int) bool {
	return i+1 == len(words) && strings.EqualFold(strings.Trim(words[i], ".,;:()"), "needs")
}
