package notes

import (
	"strings"
	"sync"
)

// minTermLetters is the shortest word counted as a content word: shorter
// words are mostly function words, and a note's claim rests on its longer
// words ("neglect", "inspection", "compliance").
const minTermLetters = 5

// stopWords are everyday English words of five letters or more that carry
// no claim of their own, and the number words (which are counts, not
// terms). They are compared by stem, so their plurals and other forms are
// ignored too.
const stopWords = `about above after again against almost along already although always among another around
because become before being below between beyond both could during eight eighteen either
eleven every fifteen fifty first forty fourteen further given having however hundred
itself least makes making might never nineteen ninety often other others perhaps quite
rather second seven seventeen seventy several should shown since sixteen sixty still their
theirs there these thing third thirteen thirty those though three through twelve twenty
under until upon where whether which while whilst whose within without would yours`

// vocabulary is the analysis's own words about the report and its parts,
// which a note uses to point the reviewer at something and which are about
// no agency: the system prompt invites them ("shared themes", "partner
// agencies", "the board"), so they are not claims to find in a source.
const vocabulary = `agency partner board statement section reviewer analysis candidate priority
theme shared across draft note worth attention check`

// ignoredStems is the stems of stopWords and vocabulary, built on first use.
var ignoredStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopWords + " " + vocabulary) {
		m[stem(w)] = true
	}
	return m
})
