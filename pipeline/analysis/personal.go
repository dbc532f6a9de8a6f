package analysis

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// The patterns of possible personal data. They err towards finding: each
// finding is a question for a reviewer, never a change to the text.
var (
	emailRe = lazy.Re(`\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b`)
	// phoneRe is a UK number: 0 or +44 then digits in groups; phoneDigits
	// checks the count.
	phoneRe = lazy.Re(`(?:\+44\s?(?:\(0\)\s?)?|\(\s?0|\b0)\d(?:[\s\-)]{0,2}\d){7,12}`)
	// nhsRe is ten digits as 3-3-4 or unbroken; validNHS checks the digit.
	nhsRe = lazy.Re(`\b\d{3}[ \-]?\d{3}[ \-]?\d{4}\b`)
	// postcodeRe is a full UK postcode in capitals (the inward code's
	// letters exclude C, I, K, M, O and V, as Royal Mail issues them).
	postcodeRe = lazy.Re(`\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b`)
)

const (
	datePat  = `(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\b`
	dobWords = `(?:D\.?O\.?B\b\.?|date of birth|born(?: on)?)`
)

var (
	// dobRe is a date next to DOB, date of birth or born, either way round.
	dobRe = lazy.Re(`(?i)\b` + dobWords + `\s*[:\-–]?\s*` + datePat +
		`|\b` + datePat + `\s*\(?\s*` + dobWords)
)

// Named child with an age: a capitalised name next to an age.
const (
	namePat = `([A-Z][a-z]+(?:-[A-Z][a-z]+)?)`
	agePat  = `(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)`
	unitPat = `[\s-]*(years?|yrs|months?)`
)

// namedChildPat is one shape of a named child with an age, and which
// submatch holds the name, the age and the unit.
type namedChildPat struct {
	re              *lazy.Regexp
	name, age, unit int
}

var namedChildRes = []namedChildPat{
	// "Jack, aged 7", "Jack (aged 7 years)"
	{lazy.Re(`\b` + namePat + `\s*(?:,\s*|\(\s*|\s)(?:aged|age)\s+` + agePat + `(?:` + unitPat + `)?\b`), 1, 2, 3},
	// "Jack, 7 years old", "Jack (7 yrs)", "Jack is 7 years old"
	{lazy.Re(`\b` + namePat + `(?:,\s*|\s*\(\s*|\s+(?:is|was)\s+)` + agePat + unitPat + `(?:[\s-]*old)?\b`), 1, 2, 3},
	// "Sam, a 9 year old", "Sam is a nine-year-old"
	{lazy.Re(`\b` + namePat + `(?:,\s*|\s+(?:is|was)\s+)(?:a|an)\s+` + agePat + unitPat + `[\s-]*old\b`), 1, 2, 3},
	// "a 9 year old called Sam", "a nine-year-old girl named Amy"
	{lazy.Re(`(?i:\b(?:a|an|the)\s+)` + agePat + `(?i:` + unitPat + `[\s-]*old(?:\s+(?:boy|girl|child|baby|son|daughter|young person))?\s+(?:called|named|known as)\s+)` + namePat), 3, 1, 2},
}

// rangeAfterRe follows an age that opens a range ("aged 0-18", "aged 5 to
// 11"): a group of children, not one child.
var rangeAfterRe = lazy.Re(`^\s*(?:-|–|to|and)\s*\d`)

// notNames are capitalised words that stand where a name would but are
// not one ("Children aged 5", "In 3 years").
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`A An The All Any Some Every Each Most Many Few Of In On At For By
		From Over Under During Within After Before About Around Approximately Nearly Almost Only
		Children Child Young Youngsters People Person Persons Adults Adult Boys Boy Girls Girl Babies Baby
		Infants Pupils Students Learners Staff Patients Clients Families Users Cases Victims Offenders
		Those These They We Our Their Which Who Whom Where When Aged Age Year Years Months Level Levels
		Quarter Section Phase Stage Tier Key Group Groups Teenagers Siblings Parents Mothers Fathers
		Mother Father Carers Residents Individuals Referrals Team Teams Nurse Nurses Service Services
		January February March April May June July August September October November December`) {
		notNames[w] = true
	}
}

// childAge reads an age as a number; words count as their value.
func childAge(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	for i, w := range strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen") {
		if strings.EqualFold(s, w) {
			return i + 1
		}
	}
	return -1
}
