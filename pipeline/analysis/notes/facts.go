package notes

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// fact is one analysis finding as the model sees it, with the citations a
// note citing it inherits. Text is our own wording of the finding.
type fact struct {
	ID        string           `json:"id"`
	Agency    string           `json:"agency"`
	Text      string           `json:"fact"`
	Citations []model.Citation `json:"-"`
}

// collectFacts words the analysis findings about the given agencies. The
// publication (personal data) findings and verbatim quotes are left out on
// purpose: they are exactly what must not leave the machine.
func collectFacts(a *model.Analysis, t *template.Template, known map[string]bool) []fact {
	var out []fact
	add := func(agency string, cites []model.Citation, format string, args ...any) {
		if known[agency] {
			out = append(out, fact{ID: fmt.Sprintf("F%d", len(out)+1), Agency: agency,
				Text: fmt.Sprintf(format, args...), Citations: cites})
		}
	}
	for _, r := range a.Completeness.Rows {
		for _, c := range r.Cells {
			if c.Status != model.StatusPresent {
				add(r.Agency, c.Citations, "the %s section is %s (%d words)", t.Title(c.Section), c.Status, c.Words)
			}
		}
	}
	for _, th := range a.Themes.Themes {
		for _, ag := range th.Agencies {
			where := "raises"
			if ag.Development {
				where = "names as an area for development"
			}
			add(ag.Agency, ag.Citations, "%s the theme %q", where, th.Title)
		}
	}
	for _, tr := range a.Training {
		add(tr.Agency, tr.Citations, "training %s: %s%s", trainingName(tr), tr.Text, belowTarget(tr, a.TrainingTarget))
	}
	for _, im := range a.Impact {
		add(im.Agency, im.Citations, "no evidence of impact (%s): %s", im.Reason, im.Detail)
	}
	return out
}

func trainingName(tr model.TrainingFigure) string {
	if tr.Group != "" {
		return tr.Course + " (" + tr.Group + ")"
	}
	return tr.Course
}

func belowTarget(tr model.TrainingFigure, target float64) string {
	if tr.BelowTarget {
		return fmt.Sprintf(", below the %g%% target", target)
	}
	return ""
}

// agencyNames maps each statement's agency name, folded, to its spelling.
func agencyNames(statements []*model.Statement) map[string]string {
	out := map[string]string{}
	for _, st := range statements {
		if st != nil && st.Agency != "" {
			out[fold(st.Agency)] = st.Agency
		}
	}
	return out
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
