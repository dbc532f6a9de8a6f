package analysis

import "strings"

// A count given again as a known whole ("Of the 214 referrals, 173 ...",
// "of the 41 referrals") repeats the count given before it with the same
// value, even when the first named it by a verb ("referred 214
// children"): "the" says the reader has met it. The two are one figure
// when a word of the second's measure and a word of the first's share a
// stem of five letters or more ("referrals", "referred").

// repeatsGiven reports whether f, read from "of the N ...", repeats g.
func repeatsGiven(g, f string, sentence, text string) bool {
	if !strings.Contains(strings.ToLower(sentence), "of the "+strings.ToLower(text)+" ") {
		return false
	}
	for _, a := range strings.Fields(strings.ToLower(g)) {
		for _, b := range strings.Fields(strings.ToLower(f)) {
			if sharedStem(a, b) >= 5 {
				return true
			}
		}
	}
	return false
}

// sharedStem is the length of the prefix two words share.
func sharedStem(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
