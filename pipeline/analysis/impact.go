package analysis

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	// noDataRe is an agency saying it cannot show its impact. General
	// wordings only; each needs a word about data or evidencing.
	noDataRe = lazy.Re(`(?i)\b(?:` +
		`no (?:data|figures|measures?|impact data|outcome data|evidence of (?:the )?impact)` +
		`|(?:does|do|did) not (?:yet |currently )?(?:have|hold|collect|record|capture) (?:any |\w+ ){0,2}?(?:data|figures|evidence|information)` +
		`|(?:not|unable) (?:yet )?(?:be )?(?:able )?to (?:evidence|measure|demonstrate|quantify|show|report on|provide (?:any |\w+ ){0,2}?(?:data|evidence|figures))` +
		`|(?:data|figures|evidence|information) (?:is|are) (?:not (?:yet |currently )?available|unavailable)` +
		`|(?:lack|absence) of (?:data|evidence|figures)` +
		`|no (?:way|mechanism|means|system) (?:of|to|for) (?:measur|evidenc|demonstrat|quantif)\w*` +
		`|(?:difficult|hard|not possible|impossible|too early) to (?:evidence|measure|demonstrate|quantify)` +
		`|(?:has|have) not (?:yet )?been (?:measured|evaluated|evidenced)` +
		`)\b`)
	// measureRe is a measure of difference made: a comparative, or a
	// number that is not a year, section or level (see countRe).
	measureRe = lazy.Re(`(?i)\b(?:increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion|tions)` +
		`|improv(?:ed|ement|ements|ing)|rise|rose|risen|fell|fallen|fewer|more than|less than|higher|lower` +
		`|doubled|halved|trebled|up from|down from|compared (?:to|with)|out of (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))\b`)
	// countRe is a figure: a percentage or a number, with what precedes it
	// so years, dates and labels can be told apart (see isCount).
	countRe = lazy.Re(`(?i)(\b(?:section|sec|level|levels|quarter|q|regulation|outcome|phase|tier|stage|year|article|standard|version|v)\s*)?\b(\d[\d,.]*)(%| ?per ?cent)?`)
)

// impact lists the statements whose outcomes and impact section gives no
// evidence of the difference made, one finding each, with the first reason
// that holds: the section is missing; it says there is no data (quoted);
// it is thin; it gives no measure (no figure other than a year, section
// or level number, and no comparative such as "increased" or "reduction").
func impact(c *corpus, thinWords int) []model.ImpactFinding {
	out := []model.ImpactFinding{}
	for _, v := range c.stmts {
		if f, ok := impactFinding(v, thinWords); ok {
			out = append(out, f)
		}
	}
	return out
}

func impactFinding(v *stmtView, thinWords int) (model.ImpactFinding, bool) {
	items := v.section(model.SectionOutcomes)
	f := model.ImpactFinding{Agency: v.agency, Words: words(items), Citations: cites(items)}
	if len(items) == 0 {
		f.Reason, f.Detail = model.ImpactMissing, "The statement has no Outcomes and Impact section."
		f.Citations = []model.Citation{}
		return f, true
	}
	for _, it := range items {
		if q := noDataRe.Get().FindString(it.text); q != "" {
			f.Reason, f.Quote, f.Citations = model.ImpactNoData, q, []model.Citation{it.cite}
			f.Detail = fmt.Sprintf("The statement says it cannot evidence its impact (%q).", q)
			return f, true
		}
	}
	if f.Words < thinWords {
		f.Reason = model.ImpactThin
		f.Detail = fmt.Sprintf("The Outcomes and Impact section has %d words (fewer than %d).", f.Words, thinWords)
		return f, true
	}
	for _, it := range items {
		if measureRe.Get().MatchString(it.text) || hasCount(it.text) {
			return f, false
		}
	}
	f.Reason = model.ImpactNoMeasure
	f.Detail = "The Outcomes and Impact section gives no figure or comparison showing the difference made."
	return f, true
}

// hasCount reports whether text gives a number that counts something: not
// a year (1900-2099), not part of a date or range like "2015-16", and not a
// label number ("Section 11", "Level 3", "Quarter 2").
func hasCount(text string) bool {
	for _, m := range countRe.Get().FindAllStringSubmatchIndex(text, -1) {
		if m[2] >= 0 {
			continue // a label number
		}
		if m[6] >= 0 {
			return true // a percentage
		}
		if isCount(text, m[4], m[5]) {
			return true
		}
	}
	return false
}

func isCount(text string, lo, hi int) bool {
	for hi > lo && (text[hi-1] == '.' || text[hi-1] == ',') {
		hi-- // the full stop or comma after a number
	}
	num := text[lo:hi]
	if len(num) == 4 && (num[:2] == "19" || num[:2] == "20") {
		return false // a year
	}
	if strings.Count(num, ".") > 1 {
		return false // a date such as 18.10.2016
	}
	if hi < len(text) && (text[hi] == '/' || text[hi] == '-') || lo > 0 && (text[lo-1] == '/' || text[lo-1] == '-') {
		return false // part of a date or a range
	}
	return true
}
