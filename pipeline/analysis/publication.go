package analysis

import (
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
// findings are deterministic. A phone match inside an NHS number is not
// reported twice.
func blockPersonalData(it item) []model.PersonalDataFinding {
	var out []model.PersonalDataFinding
	add := func(kind model.PersonalDataKind, lo, hi int, detail string) {
		out = append(out, model.PersonalDataFinding{
			Agency: it.cite.Agency, Kind: kind, Text: it.text[lo:hi], Offset: lo,
			Detail: detail, Citations: []model.Citation{it.cite},
		})
	}
	t := it.text
	for _, m := range emailRe.FindAllStringIndex(t, -1) {
		add(model.PDEmail, m[0], m[1], "An e-mail address: check it is a service address, not a person's, before publishing.")
	}
	var nhs [][]int
	for _, m := range nhsRe.FindAllStringIndex(t, -1) {
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
	for _, m := range dobRe.FindAllStringIndex(t, -1) {
		add(model.PDDateOfBirth, m[0], m[1], "A date of birth: remove it before publishing.")
	}
	for _, m := range postcodeRe.FindAllStringIndex(t, -1) {
		add(model.PDPostcode, m[0], m[1], "A full postcode: check it is not a family's address before publishing.")
	}
	for _, m := range namedChildMatches(t) {
		add(model.PDNamedChild, m[0], m[1], "A child named with an age: a child must not be identifiable in a published report.")
	}
	return out
}

// phoneMatches finds UK phone numbers: 0 (or +44) and 9 or 10 more
// digits. A longer run is cut back group by group to a valid length, so a
// count written after the number does not join it.
func phoneMatches(t string) [][]int {
	var out [][]int
	for _, m := range phoneRe.FindAllStringIndex(t, -1) {
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
		for _, m := range p.re.FindAllStringSubmatchIndex(t, -1) {
			name := t[m[2*p.name]:m[2*p.name+1]]
			age := childAge(t[m[2*p.age]:m[2*p.age+1]])
			months := m[2*p.unit] >= 0 && strings.HasPrefix(strings.ToLower(t[m[2*p.unit]:m[2*p.unit+1]]), "month")
			if notNames[name] || age < 0 || (!months && age > 18) || rangeAfterRe.MatchString(t[m[1]:]) {
				continue
			}
			if !overlaps(m[:2], out) {
				out = append(out, m[:2])
			}
		}
	}
	return out
}
