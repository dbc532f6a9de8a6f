package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// figures lists every figure the statements give, in statement and reading
// order: percentages, counts and sums of money in sentences and list items
// (each with what it measures, its group, unit, period and whether it is
// a target), and the training tables' figures. The same figure given twice
// by one agency is listed once, citing both places.
func figures(c *corpus, training []model.TrainingFigure) []model.Figure {
	out := []model.Figure{}
	tables := tableFiguresByAgency(training)
	for _, v := range c.stmts {
		var lead leadIn
		var found []model.Figure
		for _, it := range v.items {
			if it.p.Role == model.RoleTitle || it.p.Role == model.RoleSectionHeading {
				continue
			}
			lead.enter(it.p.Section)
			switch it.p.Block.(type) {
			case *model.Table:
			case *model.ListItem:
				found = append(found, textFigures(it, lead.forList())...)
			default:
				if it.content() {
					found = append(found, textFigures(it, "")...)
				}
			}
			lead.see(it)
		}
		found = append(found, tableFiguresOf(v, tables[agencyKey(v.agency)])...)
		out = append(out, dedupeFigures(found)...)
	}
	return out
}

// textFigures reads the figures of a paragraph or list item, sentence by
// sentence. lead is the paragraph introducing a list item's list.
func textFigures(it item, lead string) []model.Figure {
	if !strings.ContainsAny(it.text, "0123456789") {
		return nil
	}
	_, isList := it.p.Block.(*model.ListItem)
	var out []model.Figure
	prevSent := ""
	for _, sent := range sentences(it.text) {
		spans := periods(sent)
		prefix := lead
		var prev prevFigure
		for _, n := range figureNumbers(sent, append(phoneRe.Get().FindAllStringIndex(sent, -1), spans...)) {
			if k := strings.Index(sent[:n.lo], ":"); k >= 0 && wordCount(sent[:k]) <= 14 && !periodOnly(clean(sent[:k])) && !byGroupLead(lead) && !staffLead(lead) && !clauseColon(sent, n.lo, sent[n.hi:]) {
				prefix = sent[:k]
			}
			measure, group := measureAt(sent, n, prefix, prev.measure)
			if m, g, ok := participleItem(sent, n, lead); ok && isList {
				measure, group = m, g // "ACCT plans, opened when ...:" over "- opened during the year: 296"
			}
			measure, group = prev.mend(sent, n, measure, group, isList)
			measure, group = itShare(prevSent, sent, n, measure, group)
			if measure == "" {
				continue // a number with nothing naming what it counts
			}
			if group == "" {
				group = leadGroup(lead)
			}
			if !wholeAfterPart(sent[:n.lo]) {
				prev = prevFigure{measure: measure, group: group, countEnd: -1, end: n.hi}
				if n.unit == model.UnitCount {
					prev.countEnd = n.hi
				}
			}
			out = append(out, model.Figure{
				Agency: it.cite.Agency, Measure: measure, Group: group, Unit: n.unit,
				Period: periodFor(sent, spans, n.lo, n.hi, lead), Kind: planItemKind(isList, lead, it.text, figureKindIn(sent, n)),
				Value: n.value, Text: strings.TrimSpace(sent[n.lo:n.hi]), Sentence: sent,
				From: "sentence", Citations: []model.Citation{it.cite},
			})
		}
		prevSent = sent
	}
	return out
}

// figureKindIn is the figure's kind, with a comparator or a result
// reported against an aim before it kept as an achievement, and a figure
// someone expects a target (figure_expectrel.go), and a standard or
// threshold a target (figure_standard.go).
func figureKindIn(sent string, n numberAt) model.FigureKind {
	k := expectedKind(sent, n, func(s string) model.FigureKind { return figureKind(s, n.lo, n.hi, n.unit) })
	return aimForKind(sent, n, standardKind(sent, n, reportedKind(sent, n.lo, comparatorKind(sent, n.lo, n.hi, k)))) // "and next year we aim for 95%" (figure_aimfor.go)
}

// prevFigure is what a figure's reading keeps of the figure before it in
// its sentence.
type prevFigure struct {
	measure, group string
	countEnd       int // where the figure ends when it is a count, else -1
	end            int // where the figure ends
}

// mend applies the rules that need the figure before: a list item's
// participle, a share in brackets after its count, a second comparator.
func (p prevFigure) mend(sent string, n numberAt, measure, group string, isList bool) (string, string) {
	if m := listItemMeasure(sent, n); isList && m != "" {
		measure, group = m, "" // "- 58 interventions completed (92%)"
	}
	if n.unit == model.UnitPercent && p.measure != "" && shareOfCountBefore(sent, p.countEnd, n.lo) {
		measure, group = p.measure, p.group // "142 staff (89%) completed ...", "161 (86%) with the tenancy kept"
	}
	if group == "" && measure != "" && strings.EqualFold(measure, p.measure) && comparedTimeBeforeRe.Get().MatchString(sent[:n.lo]) && timeAfterRe.Get().MatchString(sent[n.hi:]) {
		group = p.group // "Midwives made 515 of the referrals, compared with 470 the year before": the same part
	}
	measure, group = labelRun(sent, n.lo, measure, group, p) // "housing officers 94%, ..., contact centre 97%"
	if measure != "" && group == "" && comparatorChain(sent[:n.lo], sent[n.hi:]) {
		group = p.group // "compared with 4.5% nationally and 3.9% across the county"
	}
	return measure, group
}

// tableFiguresByAgency groups the training tables' figures by agency (as
// sameAgency compares names), in their order, so each statement finds its
// own without a pass over every agency's.
func tableFiguresByAgency(training []model.TrainingFigure) map[string][]model.TrainingFigure {
	out := map[string][]model.TrainingFigure{}
	for _, t := range training {
		if t.From == "table" {
			k := agencyKey(t.Agency)
			out[k] = append(out[k], t)
		}
	}
	return out
}

// tableFiguresOf turns the training tables' figures of one statement (its
// agency's, from tableFiguresByAgency) into figures (the sentence figures
// the training analysis found are read here again, with the other figures
// of their sentences).
func tableFiguresOf(v *stmtView, training []model.TrainingFigure) []model.Figure {
	var out []model.Figure
	for _, t := range training {
		out = append(out, model.Figure{
			Agency: t.Agency, Measure: t.Course, Group: t.Group, Unit: model.UnitPercent,
			Kind: model.FigureAchievement, Value: t.Percent, Text: t.Text,
			Sentence: tableRow(v, t), From: "table", Citations: t.Citations,
		})
	}
	return out
}

// dedupeFigures keeps the first of figures that say the same thing (same
// value as written, unit, kind and group; the same measure, or one inside
// the other, as "assessments" in "Early help assessments"; the same
// period, or one not given), adding the later ones' citations to it.
func dedupeFigures(fs []model.Figure) []model.Figure {
	var out []model.Figure
	for _, f := range fs {
		i := sameFigure(out, f)
		if i < 0 {
			out = append(out, f)
			continue
		}
		for _, c := range f.Citations {
			if !containsCite(out[i].Citations, c) {
				out[i].Citations = append(out[i].Citations, c)
			}
		}
	}
	return out
}

// sameFigure is the index of the figure in fs that f repeats, or -1.
func sameFigure(fs []model.Figure, f model.Figure) int {
	for i, g := range fs {
		if g.Text != f.Text || g.Unit != f.Unit || g.Kind != f.Kind {
			continue
		}
		if givenStandard(f) {
			return i // "towards the 90% standard" after "the Service standard is 90%" (figure_givenstandard.go)
		}
		if !strings.EqualFold(g.Group, f.Group) {
			if f.Group == "" && repeatsGiven(strings.ToLower(g.Measure+" "+g.Group), strings.ToLower(f.Measure), f.Sentence, f.Text) {
				return i // "(children's social care 64)" then "Of the 64 learners referred to children's social care"
			}
			continue
		}
		if g.Period != "" && f.Period != "" && !strings.EqualFold(g.Period, f.Period) {
			continue
		}
		a, b := strings.ToLower(g.Measure), strings.ToLower(f.Measure)
		if a == b || a != "" && b != "" && (strings.Contains(" "+a+" ", " "+b+" ") || strings.Contains(" "+b+" ", " "+a+" ")) || repeatsGiven(a, b, f.Sentence, f.Text) {
			return i
		}
	}
	return -1
}

func containsCite(cs []model.Citation, c model.Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// tableRow is the row of the table t cites that holds its figure, its
// cells joined by tabs as the table's text joins them (verbatim).
func tableRow(v *stmtView, t model.TrainingFigure) string {
	for _, it := range v.items {
		tb, ok := it.p.Block.(*model.Table)
		if !ok || len(t.Citations) == 0 || it.cite != t.Citations[0] {
			continue
		}
		for _, row := range tb.Rows {
			joined := strings.Join(row, "\t")
			for _, cell := range row {
				if strings.TrimSpace(cell) == t.Text && (strings.Contains(joined, t.Course) || strings.Contains(joined, t.Group)) {
					return joined
				}
			}
		}
	}
	return t.Text
}
