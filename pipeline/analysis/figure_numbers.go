package analysis

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	// numberRe is a number as agencies write figures: "77%", "1,245",
	// "92.5 per cent", "£18,500", "£1.2 million" (a scale only with "£").
	numberRe = lazy.Re(`(£\s?)?\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(\s?%|\s?per\s?cent\b|\s?percent\b)?(\s?(?:million|billion|bn|m|k)\b)?`)
	// labelBeforeRe ends text whose next number is a label, not a figure:
	// "Level 3", "Section 11", "Q3", "aged 16", "Year 6".
	labelBeforeRe = lazy.Re(`(?i)\b(?:level|levels|section|sections|q|quarter|phase|tier|stage|step|year|article|standard|version|v|aged|age|ages|page|paragraph|para|part|appendix|priority|number|no|recommendation|chapter|week|day|pathway|band|key stage|ks|wave|cohort|category|categories|cat|grade|type|dial|dialling|dialled|ring|call|calling|tel|telephone|per)\s*$`)
	// afterRe starts text that makes a number a duration, an age or an
	// ordinal, not a count: "72 hours", "16-year-old", "1st".
	afterRe = lazy.Re(`(?i)^(?:\s*(?:(?:working|calendar|school|business)\s+)?(?:hours?|hrs|days?|weeks?|months?|years?|minutes?|mins|seconds?|miles?|km|kilometres?|metres?|mph)\b|-year|\s+year-old|st\b|nd\b|rd\b|th\b|[a-z]|\s*(?:to|-|–)\s*\d+\s*(?:years?|yrs|year[-\s]olds?)\b|[:/]\d|\.\d+\.)`)
	// changeBeforeRe ends text whose next number is a change or an old
	// value: "by 30%", "a rise of 12", "up from 58%", "from 27 (to 8)",
	// "up 12% on last year".
	changeBeforeRe = lazy.Re(`(?i)(?:\b(?:increas|decreas|rise|rose|risen|fell|fall|reduc|improv|drop|grew|grow|cut|went up|went down|up|down)\w*\s+(?:\w+\s+)?by|\bup from|\bdown from|\b(?:increase|rise|decrease|reduction|improvement|drop|fall|growth|change)\s+of|(?:^|[,;(]|\b(?:is|was|are|were|now))\s*(?:up|down))\s*(?:£\s?)?$`)
	// changeAfterRe starts the text after a change: "9% higher than last
	// year", "14 more than".
	changeAfterRe = lazy.Re(`(?i)^\s*(?:(?:higher|lower|more|fewer|less|greater|up|down)\s+(?:than|on|from)\b|(?:increase|decrease|rise|fall|reduction|drop|improvement|growth)(?:\s|[,.;)]|$))`)
	// scaleWordRe is a scale written as a word, which counts take too:
	// "1.1 million residents".
	scaleWordRe = lazy.Re(`(?i)^\s?(?:million|billion)$`)
	// ageBoundRe and ageEndRe find an age bound: "(21 under 16; ...)",
	// "children under 12 did not ...", "Players under 18 can report".
	ageBoundRe = lazy.Re(`(?i)\b(?:under|over|below|above)\s*$`)
	ageEndRe   = lazy.Re(`(?i)^\s*(?:[;),.:]|(?:or|and|by|in|at|who|with|were|was|are|is|years?|can|could|may|might|must|should|will|would|did|do|does|had|have|has)\b|$)`)
	// denominatorRe ends "2,310 of" before the count a figure is out of.
	denominatorRe = lazy.Re(`\d\s+(?:of|out\s+of)\s*$`)
	atAgeRe       = lazy.Re(`(?i)\bat\s*$`)
	// yearsLabelRe is "Years" as a label ("Years 7 to 11"), not "early
	// years 31".
	yearsLabelRe = lazy.Re(`\bYears\s*$`)
	// nameNumberRe and acronymAfterRe find a number that is part of a
	// name: "Graded Care Profile 2 (GCP2)".
	nameNumberRe   = lazy.Re(`\S\s+[A-Z][a-z]+\s*$`)
	acronymAfterRe = lazy.Re(`^\s*\([A-Z][A-Z0-9]+\)`)
	// loneBracketRe ends the text before a number alone in brackets.
	loneBracketRe = lazy.Re(`[A-Za-z]\s*\(\s*$`)
	fromToRe      = lazy.Re(`(?i)\bfrom\s*(?:£\s?)?$`)
	// ageRangeRe ends the text before the top of an age range ("aged 16 to
	// 18", "aged 16 or 17").
	ageRangeRe = lazy.Re(`(?i)\b(?:aged|ages|age)\s+(?:(?:\d+\s*(?:to|and|or|-|–))|under|over|between|below|above)\s*$`)
	// toBeforeRe is "to 96" earlier in the text before a "from".
	toBeforeRe = lazy.Re(`(?i)\bto\s+(?:£\s?)?\d[\d,.]*\s*(?:%|per\s?cent)?\s*,?\s*(?:\w+\s+){0,2}from\s*(?:£\s?)?$`)
	toNextRe   = lazy.Re(`(?i)^(?:\s+(?:\w+\s+){0,3}(?:in|at)\s+(?:\d{4}(?:[/-]\d{2,4})?|Q[1-4](?:\s+\d{4}(?:/\d{2,4})?)?))?,?\s+to\s+(?:£\s?)?\d`)
)

// numberAt is one number in a sentence that may be a figure.
type numberAt struct {
	lo, hi int // the figure as written: sent[lo:hi]
	value  float64
	unit   model.FigureUnit
}

// figureNumbers returns the numbers of sent that count or measure
// something, leaving out those inside the spans skip (the period, whose
// day and year are dates) and labels, durations, ages, changes and old
// values.
func figureNumbers(sent string, skip [][]int) []numberAt {
	var out []numberAt
	for _, m := range numberRe.Get().FindAllStringSubmatchIndex(sent, -1) {
		if m[8] >= 0 && m[2] < 0 && !scaleWordRe.Get().MatchString(sent[m[8]:m[9]]) {
			m[1], m[8], m[9] = m[8], -1, -1 // "5m" is not money: the scale is another word
		}
		lo, hi := m[0], m[1]
		if inSpans(lo, skip) || !isFigureNumber(sent, m) {
			continue
		}
		n := numberAt{lo: lo, hi: hi, unit: model.UnitCount}
		switch {
		case m[6] >= 0:
			n.unit = model.UnitPercent
		case m[2] >= 0:
			n.unit = model.UnitMoney
		}
		end := m[5]
		if end+1 < len(sent) && sent[end] == '.' && isDigit(sent[end+1]) {
			for end++; end < len(sent) && isDigit(sent[end]); end++ {
			}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(sent[m[4]:end], ",", ""), 64)
		if err != nil || n.unit == model.UnitPercent && v > 100 {
			continue
		}
		if m[8] >= 0 {
			v *= scale(sent[m[8]:m[9]])
		}
		n.value = v
		out = append(out, n)
	}
	return out
}

// isFigureNumber applies the rules that tell a figure from other numbers.
func isFigureNumber(sent string, m []int) bool {
	lo, hi := m[0], m[1]
	digits := sent[m[4]:m[5]]
	before, after := sent[:lo], sent[hi:]
	pct, money := m[6] >= 0, m[2] >= 0
	switch {
	case !pct && !money && len(digits) == 4 && (digits[:2] == "19" || digits[:2] == "20"):
		return false // a year
	case !pct && len(digits) > 4 && digits[0] == '0':
		return false // a phone number
	case lo > 0 && strings.ContainsAny(sent[lo-1:lo], "/-:.") || strings.HasPrefix(after, "/") || strings.HasPrefix(after, "-") && !pct:
		return false // a date, a range, a ratio or a code
	case inSpans(lo, levelRe.Get().FindAllStringIndex(sent, -1)) && !gappedLabelCount(before, after):
		return false // "MAPPA level 2 and 3 meetings"
	case !pct && labelBeforeRe.Get().MatchString(before), yearsLabelRe.Get().MatchString(before), ageRangeRe.Get().MatchString(before), !pct && !money && ageBoundRe.Get().MatchString(before) && !ceilingBefore(before) && (ageEndRe.Get().MatchString(after) || verbRe.Get().MatchString(firstWord(after)) || strings.HasSuffix(firstWord(after), "ing")):
		return false
	case !pct && !money && afterRe.Get().MatchString(after):
		return false
	case changeBeforeRe.Get().MatchString(before), changeAfterRe.Get().MatchString(after):
		return false
	case !pct && !money && nameNumberRe.Get().MatchString(before) && acronymAfterRe.Get().MatchString(after):
		return false // "Graded Care Profile 2 (GCP2)": part of a name
	case !pct && !money && inRatio(before, after):
		return false // "9 in 10 booking appointments": a ratio
	case !pct && !money && dayOfMonth(digits, after):
		return false // "by 31 March": a date
	case !pct && !money && inSpan(before, digits, after):
		return false // "a 0 to 19 population", "at 6 to 8 weeks"
	case inRange(before, after):
		return false // "between 9 and 5": a range, not a figure
	case inNamedRange(before, after), changeWithNoun(after):
		return false // "the 28% to 40% range", "12% fewer incidents than" (figure_namedrange.go)
	case !pct && !money && numberInName(before, digits, after):
		return false // "NHS 111 call advisers": part of a service's name
	case !pct && !money && loneBracketRe.Get().MatchString(before) && strings.HasPrefix(after, ")") && strings.ContainsAny(lastClause(before), "0123456789"):
		return false // "498,000 emergency calls (999)": a code after a figure
	case !pct && denominatorRe.Get().MatchString(before):
		return false // the 2,600 of "2,310 of 2,600 mothers"
	case !pct && atAgeRe.Get().MatchString(before) && verbRe.Get().MatchString(firstWord(after)):
		return false // an age: "development at 2 rose to 81%"
	case fromToRe.Get().MatchString(before) && toNextRe.Get().MatchString(after):
		return false // the old value of "from 27 to 8"
	case fromToRe.Get().MatchString(before) && toBeforeRe.Get().MatchString(before):
		return false // the old value of "fell to 96 from 131"
	}
	return true
}

func inSpans(pos int, spans [][]int) bool {
	for _, s := range spans {
		if pos >= s[0] && pos < s[1] {
			return true
		}
	}
	return false
}

// scale is the multiplier a sum of money's word gives: "£1.2 million".
func scale(w string) float64 {
	switch strings.ToLower(strings.TrimSpace(w)) {
	case "million", "m":
		return 1e6
	case "billion", "bn":
		return 1e9
	case "k":
		return 1e3
	}
	return 1
}

// lastClause is the text of before after its last clause mark.
func lastClause(before string) string {
	if k := lastClauseMark(before); k >= 0 {
		return before[k+1:]
	}
	return before
}
