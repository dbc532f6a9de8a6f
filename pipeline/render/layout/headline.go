package layout

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The headlines say in one sentence what each analysis found, so a board
// member reads the finding before the table behind it. They are counts
// and names from the analysis, never words of the agencies' text.

func completenessHeadline(r *model.Report, c model.Completeness) string {
	lacking := map[string][]string{}
	var order []string
	for _, m := range c.LackingRequired {
		if _, ok := lacking[m.Agency]; !ok {
			order = append(order, m.Agency)
		}
		title := m.Title
		if title == "" {
			title = SectionTitle(r, m.Section)
		}
		lacking[m.Agency] = append(lacking[m.Agency], title)
	}
	n := len(c.Rows)
	s := fmt.Sprintf("%d of %s give every section the template requires", n-len(order), count(n, "statement", "statements"))
	if len(order) > 0 {
		var parts []string
		for _, a := range order {
			parts = append(parts, a+" has no "+strings.Join(lacking[a], " or "))
		}
		s += "; " + strings.Join(parts, "; ")
	}
	if k := len(c.NotSubmitted); k > 0 {
		s += fmt.Sprintf("; %s not yet received", count(k, "statement is", "statements are"))
	}
	return s + "."
}

func themesHeadline(t model.ThemeTable) string {
	var top model.ThemeFinding
	var cands []string
	for _, th := range t.Themes {
		if len(th.Agencies) > len(top.Agencies) {
			top = th
		}
		if th.Candidate {
			cands = append(cands, th.Title)
		}
	}
	if len(top.Agencies) == 0 {
		return "No cross-cutting theme is raised by the statements."
	}
	s := fmt.Sprintf("%s is raised by %s, more than any other theme", top.Title, count(len(top.Agencies), "agency", "agencies"))
	if len(cands) > 0 {
		return s + fmt.Sprintf("; %s named as an area for development by at least %d agencies: %s.",
			count(len(cands), "theme is", "themes are"), t.CandidateMin, strings.Join(cands, ", "))
	}
	return s + fmt.Sprintf("; no theme is named as an area for development by %d or more agencies.", t.CandidateMin)
}

func trainingHeadline(a *model.Analysis) string {
	under := map[string]bool{}
	n := 0
	for _, f := range a.Training {
		if f.BelowTarget {
			n++
			under[f.Agency] = true
		}
	}
	target := strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", a.TrainingTarget), "0"), ".")
	if n == 0 {
		return fmt.Sprintf("Every training figure the statements give meets the %s%% target.", target)
	}
	return fmt.Sprintf("%d of %s are under the %s%% target, from %s.", n,
		count(len(a.Training), "training figure", "training figures"), target, count(len(under), "agency", "agencies"))
}

func impactHeadline(r *model.Report, fs []model.ImpactFinding) string {
	if len(fs) == 0 {
		return fmt.Sprintf("Every one of the %d statements gives evidence of the difference its work made.", len(r.Statements))
	}
	return fmt.Sprintf("%d of %s give no clear evidence of the difference their work made.",
		len(fs), count(len(r.Statements), "statement", "statements"))
}

// count writes n with the word for one or many: "1 statement", "3 statements".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
