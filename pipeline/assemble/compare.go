package assemble

import (
	"fmt"
	"strings"
	"time"
)

// verdict says whether one version is later than another, what decided it,
// and whether the choice is a doubt (the evidence was thin or disagreed).
type verdict struct {
	later bool
	why   string
	doubt bool
}

// sameText is the resemblance above which two documents hold one text (a
// Word file and its PDF, a second download): using either loses nothing.
const sameText = 0.95

// compareVersions decides whether a is a later version than b, with the
// strongest evidence first: agencies[].use; the same text (then the Word
// file over its PDF); the names; the dates the text gives; the last-saved
// dates of the files' properties; the e-mails' dates; the arrival time. Evidence that contradicts the arrival order, or arrival
// order alone, is a doubt.
func compareVersions(a, b Candidate) verdict {
	if a.Pinned != b.Pinned {
		return verdict{later: a.Pinned, why: "named in agencies[].use"}
	}
	arrival := a.Received.Sub(b.Received) // > 0: a arrived later
	if a.SHA256 != "" && a.SHA256 == b.SHA256 || resemblance(a.sh, b.sh) >= sameText {
		return sameTextVerdict(a, b, arrival)
	}
	v := differentText(a, b, arrival)
	if c := containment(a.sh, b.sh); c < surelySame && a.sh != nil && b.sh != nil {
		v.doubt = true
		v.why += fmt.Sprintf("; the two share only %.0f%% of their text, so they may be different documents", 100*c)
	}
	return v
}

// sameTextVerdict orders two copies of one text: nothing is lost whichever
// is used, so there is no doubt; the Word (or ODT) file is what the agency
// wrote and reads exactly, where the PDF is an export of it.
func sameTextVerdict(a, b Candidate, arrival time.Duration) verdict {
	if pa, pb := isPDF(a.Name), isPDF(b.Name); pa != pb {
		return verdict{later: pb, why: "the same text, and a Word or ODT file reads more exactly than its PDF"}
	}
	if c, why := compareVersionNames(a.Name, b.Name); c != 0 {
		return verdict{later: c > 0, why: "the same text, " + why}
	}
	later := arrival > 0 || arrival == 0 && a.Key > b.Key
	return verdict{later: later, why: "the same text"}
}

// differentText orders two versions whose texts differ.
func differentText(a, b Candidate, arrival time.Duration) verdict {
	if c, why := compareVersionNames(a.Name, b.Name); c != 0 {
		return verdict{later: c > 0, why: why, doubt: disagrees(c > 0, arrival)}
	}
	if c := dayCmp(a.Dated, b.Dated); c != 0 {
		w := a
		if c < 0 {
			w = b
		}
		return verdict{later: c > 0, why: "dated " + w.Dated.Format("2 January 2006") + " inside", doubt: disagrees(c > 0, arrival)}
	}
	if c := dayCmp(a.Saved, b.Saved); c != 0 {
		w := a
		if c < 0 {
			w = b
		}
		return verdict{later: c > 0, why: "last saved on " + w.Saved.Format("2 January 2006") + ", as its properties say",
			doubt: disagrees(c > 0, arrival)}
	}
	if a.Mailed && b.Mailed && !within(arrival, sameTime) {
		return verdict{later: arrival > 0, why: "sent in the later e-mail"}
	}
	if !within(arrival, sameTime) {
		return verdict{later: arrival > 0, why: "arrived later, and nothing else says which is later", doubt: true}
	}
	if pa, pb := isPDF(a.Name), isPDF(b.Name); pa != pb {
		return verdict{later: pb, why: "arrived together; the Word or ODT file was preferred to the PDF", doubt: true}
	}
	return verdict{later: a.Key > b.Key, why: "arrived together, and nothing says which is later", doubt: true}
}

// disagrees reports whether deciding "later" goes against the arrival order.
func disagrees(later bool, arrival time.Duration) bool {
	return later && arrival <= -sameTime || !later && arrival >= sameTime
}

func within(d, tol time.Duration) bool { return d < tol && d > -tol }

// dayCmp compares two dates a document gives itself, to the day: a file
// saved twice on one day says nothing by its date.
func dayCmp(a, b time.Time) int {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	return time.Date(ya, ma, da, 0, 0, 0, 0, time.UTC).Compare(time.Date(yb, mb, db, 0, 0, 0, 0, time.UTC))
}

func isPDF(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".pdf") }

// Ago says how much later one time is than another, in words: "3 s",
// "5 minutes", "2 days".
func Ago(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	case d < time.Hour:
		return plural(int(d.Minutes()), "minute")
	case d < 48*time.Hour:
		return plural(int(d.Hours()), "hour")
	}
	return plural(int(d.Hours()/24), "day")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
