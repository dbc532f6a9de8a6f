package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// tableFigures reads training figures from a table about training (its
// text names training, courses, compliance or a numbered level). The leading rows
// with no number in them are header rows and give each column its meaning.
// In every other row, a percentage cell (or a bare number under a header
// naming "%", percent or compliance) is a figure; the row's first cell
// names the course or level and the column headers the group. When the
// row's label names no level but the column header does (levels across the
// top), the two swap; when neither names a level, the level the table's
// title cell or lead-in names is the course and the row label the group.
// A column of targets is not a column of figures. lead is the short
// paragraph right before the table, if any.
func tableFigures(it item, tb *model.Table, target float64, lead string) []model.TrainingFigure {
	if !mentionsTraining(it.text) && !mentionsTraining(lead) {
		return nil
	}
	nHead := headerRows(tb.Rows)
	outer := tableLevel(tb.Rows[:nHead], lead)
	var out []model.TrainingFigure
	for _, row := range tb.Rows[nHead:] {
		for c := 1; c < len(row); c++ {
			head, raw := columnHeader(tb.Rows[:nHead], c)
			pct, ok := cellPercent(row[c], raw)
			if !ok || targetColumn(raw) {
				continue
			}
			course, group := clean(rowLabel(row, c)), head
			switch {
			case normLevel(course) != "":
			case normLevel(head) != "":
				course, group = head, course
			case outer != "":
				course, group = outer, joinNonEmpty(course, head)
			}
			if course == "" {
				continue // a percentage with nothing naming what it measures
			}
			out = append(out, model.TrainingFigure{
				Agency: it.cite.Agency, Course: course, Level: normLevel(course), Group: group,
				Percent: pct, Text: strings.TrimSpace(row[c]), BelowTarget: pct < target,
				From: "table", Citations: []model.Citation{it.cite},
			})
		}
	}
	return out
}

// headerRows counts the leading rows that hold no number outside the first
// column.
func headerRows(rows [][]string) int {
	for i, row := range rows {
		for c := 1; c < len(row); c++ {
			if _, ok := parsePercent(row[c]); ok {
				return i
			}
		}
	}
	return len(rows)
}

// columnHeader joins what the header rows say about column c. An empty
// header cell takes the nearest text to its left (a merged cell spanning
// columns), but never the first column's, which heads the row labels.
// Unit-only headers ("%", "No") say nothing of meaning and are left out of
// the first result; raw keeps them, to tell a percentage column.
func columnHeader(head [][]string, c int) (meaning, raw string) {
	var parts, all []string
	for _, row := range head {
		txt := ""
		for j := c; j >= 1 && j < len(row); j-- {
			if t := clean(row[j]); t != "" {
				txt = t
				break
			}
		}
		all = append(all, txt)
		if txt != "" && !unitOnly(txt) && (len(parts) == 0 || parts[len(parts)-1] != txt) {
			parts = append(parts, txt)
		}
	}
	return strings.Join(parts, " – "), strings.Join(all, " ")
}

func unitOnly(s string) bool {
	switch strings.ToLower(strings.Trim(s, " .()")) {
	case "%", "no", "number", "n", "nos", "percent", "per cent", "percentage":
		return true
	}
	return false
}

// cellPercent reads a cell as a percentage: with a % sign, or a bare number
// in a column whose header names a percentage or compliance.
func cellPercent(cell, head string) (float64, bool) {
	cell = strings.TrimSpace(cell)
	if ms := percentRe.Get().FindAllString(cell, 2); len(ms) > 0 {
		if len(ms) > 1 {
			return 0, false // two figures in one cell: left to a person
		}
		return parsePercent(ms[0])
	}
	if bareNumberRe.Get().MatchString(cell) && percentHeader(head) {
		return parsePercent(cell)
	}
	return 0, false
}

func percentHeader(h string) bool {
	l := strings.ToLower(h)
	return strings.Contains(l, "%") || strings.Contains(l, "percent") ||
		strings.Contains(l, "per cent") || strings.Contains(l, "complian")
}

// rowLabel is the first cell, or the first non-numeric text before column c
// when the first cell is empty.
func rowLabel(row []string, c int) string {
	for j := 0; j < c; j++ {
		t := strings.TrimSpace(row[j])
		if t == "" {
			continue
		}
		if _, num := parsePercent(t); num {
			continue
		}
		return t
	}
	return ""
}

// targetColumn reports whether a column holds targets rather than figures:
// its header names a target and nothing achieved ("Target %", "Trust
// target"), unlike SEPT-style "Total Target ... Trained ... %" headers,
// whose percentage column sits under "Trained".
func targetColumn(raw string) bool {
	l := strings.ToLower(raw)
	if !strings.Contains(l, "target") {
		return false
	}
	for _, w := range []string{"trained", "complian", "achieved", "actual", "completed", "attained"} {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}

// tableLevel is the one level named by the first cells of the header rows
// (a title row) or else by the lead-in paragraph.
func tableLevel(head [][]string, lead string) string {
	var title []string
	for _, row := range head {
		if len(row) > 0 {
			title = append(title, row[0])
		}
	}
	if l := onlyLevel(strings.Join(title, " ")); l != "" {
		return l
	}
	return onlyLevel(lead)
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " – " + b
}
