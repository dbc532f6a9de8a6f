package analysis

import (
	"sort"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// publication lists possible personal data in every block of every
// statement (titles and headings too): e-mail addresses, UK phone numbers,
// NHS numbers with a valid check digit, dates of birth, full postcodes and
// a named child with an age. Each finding quotes the matched text and its
// byte offset in the block's plain text; the text itself is never changed.
func publication(c *corpus) []model.PersonalDataFinding {
	out := []model.PersonalDataFinding{}
	for _, v := range c.stmts {
		for _, it := range v.items {
			out = append(out, blockPersonalData(it)...)
		}
	}
	return out
}

// blockPersonalData runs every check over one block, in a fixed order, so
// findings are deterministic. Cheap byte checks skip the expressions a
// block cannot match.
func blockPersonalData(it item) []model.PersonalDataFinding {
	var out []model.PersonalDataFinding
	add := func(kind model.PersonalDataKind, lo, hi int, detail string) {
		out = append(out, model.PersonalDataFinding{
			Agency: it.cite.Agency, Kind: kind, Text: it.text[lo:hi], Offset: lo,
			Detail: detail, Citations: []model.Citation{it.cite},
		})
	}
	t := it.text
	if strings.IndexByte(t, '@') >= 0 {
		for _, m := range emailRe.Get().FindAllStringIndex(t, -1) {
			add(model.PDEmail, m[0], m[1], "An e-mail address: check it is a service address, not a person's, before publishing.")
		}
	}
	if strings.ContainsAny(t, "0123456789") {
		digitChecks(t, add)
	}
	for _, w := range ageWindows(t, it.lower) {
		for _, m := range namedChildMatches(t[w[0]:w[1]]) {
			add(model.PDNamedChild, w[0]+m[0], w[0]+m[1], "A child named with an age: a child must not be identifiable in a published report.")
		}
	}
	return out
}

// digitChecks runs the checks that need a digit: NHS numbers, phone numbers
// (not inside an NHS number), dates of birth and postcodes.
func digitChecks(t string, add func(model.PersonalDataKind, int, int, string)) {
	var nhs [][]int
	for _, m := range nhsRe.Get().FindAllStringIndex(t, -1) {
		if validNHS(onlyDigits(t[m[0]:m[1]])) {
			nhs = append(nhs, m)
			add(model.PDNHSNumber, m[0], m[1], "Ten digits with a valid NHS number check digit: an NHS number must not be published.")
		}
	}
	for _, m := range phoneMatches(t) {
		if !overlaps(m, nhs) {
			add(model.PDPhone, m[0], m[1], "A UK phone number: check it is a service number, not a person's, before publishing.")
		}
	}
	for _, m := range dobRe.Get().FindAllStringIndex(t, -1) {
		add(model.PDDateOfBirth, m[0], m[1], "A date of birth: remove it before publishing.")
	}
	for _, m := range postcodeRe.Get().FindAllStringIndex(t, -1) {
		add(model.PDPostcode, m[0], m[1], "A full postcode: check it is not a family's address before publishing.")
	}
}

// ageWords are what every named-child pattern holds: "aged"/"age",
// "year(s)", "yrs" or "month(s)".
var ageWords = []string{"age", "year", "yr", "month"}

// ageWindows are the stretches of t around each age word (from a word
// start some 60 bytes before to a word end some 60 after), merged where they touch: the
// named-child patterns run only there, as most of a block holds none.
func ageWindows(t, lower string) [][2]int {
	if len(lower) != len(t) {
		return [][2]int{{0, len(t)}} // lower-casing changed lengths: read it all
	}
	var out [][2]int
	for _, w := range ageWords {
		for from := 0; ; {
			k := strings.Index(lower[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			lo, hi := max(0, at-60), min(len(t), at+60)
			if lo > 0 {
				lo = strings.LastIndexByte(t[:lo], ' ') + 1 // back to a word start
			}
			if sp := strings.IndexByte(t[hi:], ' '); sp >= 0 {
				hi += sp // on to a word end
			} else {
				hi = len(t)
			}
			out = addWindow(out, [2]int{lo, hi})
			from = at + len(w)
		}
	}
	return out
}

// addWindow adds w to windows, keeping them sorted and merging those that
// overlap or touch.
func addWindow(ws [][2]int, w [2]int) [][2]int {
	ws = append(ws, w)
	sort.Slice(ws, func(i, j int) bool { return ws[i][0] < ws[j][0] })
	out := ws[:1]
	for _, x := range ws[1:] {
		if last := &out[len(out)-1]; x[0] <= last[1] {
			last[1] = max(last[1], x[1])
			continue
		}
		out = append(out, x)
	}
	return out
}

// phoneMatches finds UK phone numbers: 0 (or +44) and 9 or 10 more
// digits. A longer run is cut back group by group to a valid length, so a
// count written after the number does not join it.
func phoneMatches(t string) [][]int {
	var out [][]int
	for _, m := range phoneRe.Get().FindAllStringIndex(t, -1) {
		lo, hi := m[0], m[1]
		for hi > lo && !phoneLength(t[lo:hi]) {
			k := strings.LastIndexAny(t[lo:hi], " -)")
			if k <= 0 {
				hi = lo
				break
			}
			hi = lo + len(strings.TrimRight(t[lo:lo+k], " -)"))
		}
		if hi > lo {
			out = append(out, []int{lo, hi})
		}
	}
	return out
}

// phoneLength reports whether s holds a UK number's digits: 10 or 11
// starting 0 and not 00 (an international prefix), +44 read as 0.
func phoneLength(s string) bool {
	d := onlyDigits(s)
	if strings.HasPrefix(strings.TrimSpace(s), "+44") {
		d = strings.TrimPrefix(d[2:], "0")
		d = "0" + d
	}
	return (len(d) == 10 || len(d) == 11) && d[0] == '0' && d[1] != '0'
}

func overlaps(m []int, spans [][]int) bool {
	for _, s := range spans {
		if m[0] < s[1] && s[0] < m[1] {
			return true
		}
	}
	return false
}

// namedChildMatches finds a capitalised name next to a child's age (18 or
// under in years, any in months), leaving out words that are not names
// ("Children aged 5") and age ranges ("aged 0-18").
func namedChildMatches(t string) [][]int {
	var out [][]int
	for _, p := range namedChildRes {
		for _, m := range p.re.Get().FindAllStringSubmatchIndex(t, -1) {
			name := t[m[2*p.name]:m[2*p.name+1]]
			age := childAge(t[m[2*p.age]:m[2*p.age+1]])
			months := m[2*p.unit] >= 0 && strings.HasPrefix(strings.ToLower(t[m[2*p.unit]:m[2*p.unit+1]]), "month")
			if notNames[name] || age < 0 || (!months && age > 18) || rangeAfterRe.Get().MatchString(t[m[1]:]) {
				continue
			}
			if !overlaps(m[:2], out) {
				out = append(out, m[:2])
			}
		}
	}
	return out
}
