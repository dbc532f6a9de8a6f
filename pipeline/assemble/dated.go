package assemble

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// datedLinesScanned is how many leading blocks may say when the document
// was last changed ("Updated 3 May 2026", "Version 2, revised 03/05/2026").
const datedLinesScanned = 12

// datedRegexps find a date after a word that says the document was changed
// or dated then. Compiled on first use.
var datedRegexps = sync.OnceValue(func() []*regexp.Regexp {
	lead := `(?:last updated|updated|revised|amended|date of (?:issue|submission)|submitted|version date|date)\b[^0-9a-z]{0,12}(?:on\s+)?`
	return []*regexp.Regexp{
		regexp.MustCompile(lead + `(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(20\d\d)`),
		regexp.MustCompile(lead + `(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)`),
		regexp.MustCompile(lead + `(20\d\d)-(\d\d)-(\d\d)`),
	}
})

// documentDate is the latest date the document gives itself in its first
// lines, or the zero time. Dates are read day first, as in the UK.
func documentDate(doc *model.Document) time.Time {
	var latest time.Time
	for i, b := range doc.Blocks {
		if i == datedLinesScanned {
			break
		}
		if t := dateInLine(strings.ToLower(b.PlainText())); t.After(latest) {
			latest = t
		}
	}
	return latest
}

// dateWords are what a line must hold before the expressions are tried:
// most lines hold none, and the check is far cheaper than the expressions.
var dateWords = []string{"updat", "revis", "amend", "date", "submit"}

func dateInLine(s string) time.Time {
	if len(s) > 300 {
		s = s[:300] // a date line is short; a long paragraph only mentions dates
	}
	if !strings.ContainsAny(s, "0123456789") || !containsAny(s, dateWords) {
		return time.Time{}
	}
	re := datedRegexps()
	if m := re[0].FindStringSubmatch(s); m != nil {
		return civil(m[3], strconv.Itoa(monthNumber(m[2])), m[1])
	}
	if m := re[1].FindStringSubmatch(s); m != nil {
		return civil(m[3], m[2], m[1])
	}
	if m := re[2].FindStringSubmatch(s); m != nil {
		return civil(m[1], m[2], m[3])
	}
	return time.Time{}
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
