package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// training lists every training compliance figure the statements give,
// from tables (training_table.go) and from sentences, in statement and
// reading order, marking those under target.
func training(c *corpus, target float64) []model.TrainingFigure {
	out := []model.TrainingFigure{}
	for _, v := range c.stmts {
		var lead leadIn
		for _, it := range v.items {
			if it.p.Role == model.RoleTitle || it.p.Role == model.RoleSectionHeading {
				continue
			}
			lead.enter(it.p.Section)
			switch b := it.p.Block.(type) {
			case *model.Table:
				out = append(out, tableFigures(it, b, target, lead.forTable())...)
			case *model.ListItem:
				out = append(out, sentenceFigures(it, target, lead.forList())...)
			default:
				if it.content() {
					out = append(out, sentenceFigures(it, target, "")...)
				}
			}
			lead.see(it)
		}
	}
	return out
}

var (
	// changeRe ends the text before a percentage that is a change or an
	// old value, not a compliance figure: "increased by 5%", "a rise of
	// 10%", "from 80% (to 92%)".
	// A target is not a figure either: "against a target of 90%",
	// "(target 95%)".
	changeRe = lazy.Re(`(?i)(?:\bby|\bfrom|\b(?:increase|rise|decrease|reduction|improvement|drop|fall|growth|change) of|\btarget(?:\s+(?:of|is|was|at|set at))?[\s:]*)\s*$`)
	// clauseRe separates the clauses of a sentence giving several figures.
	clauseRe = lazy.Re(`[,;]\s*|\s+(?:and|whilst|while|but)\s+`)
)

// sentenceFigures reads figures from the sentences of a paragraph or list
// item that name training, compliance or a numbered level (or whose lead,
// the paragraph introducing a list, does) and give a percentage that is
// not a change, an old value or a target. Each percentage takes the level
// named in its own clause, or the only level in the sentence, or the only
// level in the lead (the item's words before the figure become the group),
// or else the course the sentence names (see sentenceCourse).
func sentenceFigures(it item, target float64, lead string) []model.TrainingFigure {
	var out []model.TrainingFigure
	if !strings.Contains(it.text, "%") && !strings.Contains(it.lower, "cent") {
		return nil // no percentage at all: skip the sentence work
	}
	for _, sent := range sentences(it.text) {
		if !mentionsTraining(sent) && !mentionsTraining(lead) {
			continue // a list item "Level 2 – 91%" names a level, not training
		}
		pcts := percentRe.Get().FindAllStringIndex(sent, -1)
		for _, m := range pcts {
			pct, ok := parsePercent(sent[m[0]:m[1]])
			if !ok || changeRe.Get().MatchString(sent[max(0, m[0]-24):m[0]]) {
				continue
			}
			course, group := levelFor(sent, m[0], len(pcts) > 1), ""
			if course == "" && onlyLevel(lead) != "" {
				course, group = onlyLevel(lead), clean(strings.Trim(sent[:m[0]], " :-–—"))
			}
			if before := clean(strings.Trim(sent[:m[0]], " :-–—")); course == "" && lead != "" && before != "" && wordCount(before) <= 8 {
				course = before // "Prevent – 89%" under "Mandatory training compliance:"
			}
			if course == "" {
				course = sentenceCourse(sent, m[0])
			}
			out = append(out, model.TrainingFigure{
				Agency: it.cite.Agency, Course: course, Level: normLevel(course), Group: group,
				Percent: pct, Text: sent[m[0]:m[1]], BelowTarget: pct < target,
				From: "sentence", Citations: []model.Citation{it.cite},
			})
		}
	}
	return out
}

// levelFor returns the level for the percentage at pos: the nearest level
// in its clause when the sentence gives several figures, or the only level
// the sentence names.
func levelFor(sent string, pos int, several bool) string {
	levels := levelRe.Get().FindAllStringIndex(sent, -1)
	if several {
		lo, hi := clauseBounds(sent, pos)
		best, dist := "", len(sent)+1
		for _, l := range levels {
			if l[0] >= lo && l[1] <= hi {
				if d := abs(l[0] - pos); d < dist {
					best, dist = sent[l[0]:l[1]], d
				}
			}
		}
		if best != "" {
			return normLevel(best)
		}
	}
	if len(levels) == 1 {
		return normLevel(sent[levels[0][0]:levels[0][1]])
	}
	return ""
}

// clauseBounds returns the byte range of the clause holding pos.
func clauseBounds(sent string, pos int) (int, int) {
	lo, hi := 0, len(sent)
	for _, s := range clauseRe.Get().FindAllStringIndex(sent, -1) {
		if s[1] <= pos {
			lo = s[1]
		} else if s[0] >= pos {
			hi = s[0]
			break
		}
	}
	return lo, hi
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
