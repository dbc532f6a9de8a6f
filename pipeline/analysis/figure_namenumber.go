package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A bare number right after an acronym, or after a capitalised name the
// article before makes a modifier ("the Airwave 4 network", "the Route
// 66 club"), with a word in small letters or "and" after it, is part of a
// service's name, not a count of anything: "NHS 111 call advisers",
// "calls passed on by NHS 111 advisers", "through NHS 111 and ...". A
// place before a count has no article ("In Northgate 45 families ..."). A count says what it counts after it in
// small letters too, but it is never glued to an acronym before it
// ("the MASH received 9,412 contacts"), and a count in a breakdown after
// its label ("(police 4,105, CAMHS 120)") has a mark after it, not a word.

var (
	// acronymEndRe ends the text before such a number: "NHS ", "A&E ".
	acronymEndRe = lazy.Re(`(?:(?:^|[\s(])[A-Z][A-Z&]+|\b(?:the|a|an|our|its)\s+[A-Z][a-z]+)\s$`)
	// wordAfterRe starts the text after it with a word in small letters.
	wordAfterRe = lazy.Re(`^\s[a-z]`)
	// shortIntRe is a bare whole number of one to four digits.
	shortIntRe = lazy.Re(`^\d{1,4}$`)
)

// numberInName reports whether the number digits, between before and
// after, is part of a name ("NHS 111").
func numberInName(before, digits, after string) bool {
	return shortIntRe.Get().MatchString(digits) && acronymEndRe.Get().MatchString(before) && wordAfterRe.Get().MatchString(after) &&
		!strings.HasPrefix(strings.TrimSpace(after), "per ")
}
