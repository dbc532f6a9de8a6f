package exampleconfig

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Placeholder is how a value the business manager must fill in is written
// in a new workspace's configuration: in square brackets. A run refuses to
// put one on the title page.
const (
	BoardPlaceholder = "[the name of your Local Safeguarding Children Board]"
	TitlePlaceholder = "[the report's title, e.g. Annual Report on the Effectiveness of Safeguarding Children in ...]"
)

// agencyExample replaces the Riverside agencies in a new board's config:
// an empty list, and the fields explained in a commented example.
const agencyExample = `agencies: []
# Add each partner you expect a statement from, in report order, e.g.:
#  - name: Northgate Police
#    aliases: [Northgate Constabulary, northgate-police.example.org]
#    contact: Public Protection Unit <ppu@northgate-police.example.org>
#  - name: Riverside Youth Offending Service
#    aliases: [Riverside YOS]
#    optional: true
`

// NewBoard returns the configuration `reportpipe init` writes for a new
// board: the documented example with the board's own values left as
// placeholders, no agencies yet, the reporting year that ended most
// recently (April to March) and a deadline six weeks after now.
func NewBoard(now time.Time) []byte {
	s := string(Workspace())
	s = strings.Replace(s, "# reportpipe configuration: the example for the bundled, fictional submissions.",
		"# reportpipe configuration for your board. Fill in the values in [square\n# brackets] and the agencies you expect; `reportpipe run` refuses placeholders.", 1)
	s = replaceValue(s, "board", fmt.Sprintf("%q", BoardPlaceholder))
	s = replaceValue(s, "title", fmt.Sprintf("%q", TitlePlaceholder))
	s = replaceValue(s, "period", Period(now))
	s = replaceValue(s, "deadline", now.AddDate(0, 0, 42).Format("2006-01-02"))
	s = replaceValue(s, "name", "annual-report")
	i := strings.Index(s, "\nagencies:\n")
	j := strings.Index(s, "\n# The whole report's outline")
	if j < 0 {
		j = strings.Index(s, "\nmapping:")
	}
	if i >= 0 && j > i {
		s = s[:i+1] + agencyExample + s[j:]
	}
	return []byte(withOutline(s, boardOutline))
}

// Example returns the fictional Riverside workspace configuration of the
// bundled examples, for trying reportpipe out, with its deadline six weeks
// after now so status shows days left rather than days overdue.
func Example(now time.Time) []byte {
	return []byte(withOutline(replaceValue(string(Workspace()), "deadline", now.AddDate(0, 0, 42).Format("2006-01-02")), exampleOutline))
}

// replaceValue sets the value of the first "  key: ..." line.
func replaceValue(s, key, value string) string {
	re := regexp.MustCompile(`(?m)^(  ` + regexp.QuoteMeta(key) + `: ).*$`)
	done := false
	return re.ReplaceAllStringFunc(s, func(line string) string {
		if done {
			return line
		}
		done = true
		return "  " + key + ": " + value
	})
}

// Period is the reporting year (April to March) that ended most recently
// before now, as reports print it: "2025-26" from April 2026 to March 2027.
func Period(now time.Time) string {
	y := now.Year()
	if now.Month() < time.April {
		y--
	}
	return fmt.Sprintf("%d-%02d", y-1, y%100)
}
