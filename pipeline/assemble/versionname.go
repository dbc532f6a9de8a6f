package assemble

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// nameVersion is what a file name says about its version.
type nameVersion struct {
	final   bool      // FINAL
	draft   bool      // draft (and no FINAL)
	number  int       // v3, version 3, draft3, rev 2
	revised bool      // updated, revised, amended, corrected, comments addressed
	copy    int       // "(2)": the second download of the same attachment
	date    time.Time // a date written in the name: 2026-05-03, 03.05.2026, 3 May 2026
}

// nameRegexps are compiled on first use, not at start-up, so commands that
// never compare versions (--help, init) do not pay for them.
var nameRegexps = sync.OnceValue(func() map[string]*regexp.Regexp {
	return map[string]*regexp.Regexp{
		"final":   regexp.MustCompile(`(^|[^a-z])final([^a-z]|$)`),
		"draft":   regexp.MustCompile(`(^|[^a-z])draft`),
		"number":  regexp.MustCompile(`(?:^|[^a-z])(?:v|ver|version|rev|revision|draft|issue)[\s._-]*(\d{1,3})(?:[^0-9]|$)`),
		"revised": regexp.MustCompile(`updated|revised|amended|corrected|comments addressed|resubmi`),
		"copy":    regexp.MustCompile(`\((\d{1,3})\)\s*$`),
		"ymd":     regexp.MustCompile(`(?:^|[^0-9])(20\d\d)[-._]?([01]\d)[-._]?([0-3]\d)(?:[^0-9]|$)`),
		"dmy":     regexp.MustCompile(`(?:^|[^0-9])([0-3]?\d)[-._]([01]?\d)[-._](20\d\d)(?:[^0-9]|$)`),
		"dMonY":   regexp.MustCompile(`(?:^|[^0-9])([0-3]?\d)(?:st|nd|rd|th)?[\s._-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s._-]+(20\d\d)(?:[^0-9]|$)`),
	}
})

func parseNameVersion(name string) nameVersion {
	name = filepath.Base(name) // a folder's name says nothing of the file's version
	s := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	re := nameRegexps()
	var v nameVersion
	v.final = re["final"].MatchString(s)
	v.draft = !v.final && re["draft"].MatchString(s)
	if m := re["number"].FindStringSubmatch(s); m != nil {
		v.number, _ = strconv.Atoi(m[1])
	}
	v.revised = re["revised"].MatchString(s)
	if m := re["copy"].FindStringSubmatch(s); m != nil {
		v.copy, _ = strconv.Atoi(m[1])
	}
	v.date = dateInName(s, re)
	return v
}

// dateInName reads a date written in a file name, or the zero time.
func dateInName(s string, re map[string]*regexp.Regexp) time.Time {
	if m := re["ymd"].FindStringSubmatch(s); m != nil {
		return civil(m[1], m[2], m[3])
	}
	if m := re["dmy"].FindStringSubmatch(s); m != nil {
		return civil(m[3], m[2], m[1])
	}
	if m := re["dMonY"].FindStringSubmatch(s); m != nil {
		return civil(m[3], strconv.Itoa(monthNumber(m[2])), m[1])
	}
	return time.Time{}
}

// civil makes a date from its parts, or the zero time when they are no date
// (month 13, day 0): "2026_05_40" is not a date.
func civil(y, m, d string) time.Time {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if mi < 1 || mi > 12 || di < 1 || t.Day() != di {
		return time.Time{}
	}
	return t
}

func monthNumber(abbr string) int {
	return strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", abbr[:3])/3 + 1
}

// compareVersionNames orders two names by what they say: FINAL over
// everything, then not-a-draft over a draft, then the higher number, then
// the later date in the name, then updated/revised, then the higher "(n)"
// copy. It returns >0 when a is later, and the words that decided it.
func compareVersionNames(a, b string) (int, string) {
	va, vb := parseNameVersion(a), parseNameVersion(b)
	steps := []struct {
		c   int
		why func(w nameVersion) string
	}{
		{boolCmp(va.final, vb.final), func(nameVersion) string { return "named final" }},
		{boolCmp(vb.draft, va.draft), func(nameVersion) string { return "not named a draft" }},
		{va.number - vb.number, func(w nameVersion) string { return fmt.Sprintf("its name says version %d", w.number) }},
		{dateCmp(va.date, vb.date), func(w nameVersion) string { return "dated " + w.date.Format("2 January 2006") + " in its name" }},
		{boolCmp(va.revised, vb.revised), func(nameVersion) string { return "named updated or revised" }},
		{va.copy - vb.copy, func(w nameVersion) string { return fmt.Sprintf("a later copy (%d)", w.copy) }},
	}
	for _, s := range steps {
		switch {
		case s.c > 0:
			return 1, s.why(va)
		case s.c < 0:
			return -1, s.why(vb)
		}
	}
	return 0, ""
}

// dateCmp compares two dates of which either may be unknown; an unknown
// date decides nothing.
func dateCmp(a, b time.Time) int {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	return a.Compare(b)
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
