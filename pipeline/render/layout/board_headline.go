package layout

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The board parts' headlines: fixed sentences of counts from the analysis
// (a test recomputes each), never words of the agencies' text but for the
// titles the configuration gives.

func progressHeadline(p *model.Progress) string {
	n := map[model.ProgressStatus]int{}
	agencies := map[string]bool{}
	for _, it := range p.Items {
		n[it.Status]++
		agencies[it.Agency] = true
	}
	s := fmt.Sprintf("Of %s that %s named last year, %d %s progress, %d %s mentioned without evidence and %d %s not mentioned",
		count(len(p.Items), "area for development", "areas for development"), count(len(agencies), "partner", "partners"),
		n[model.ProgressShown], verb(n[model.ProgressShown], "shows", "show"),
		n[model.ProgressMentioned], verb(n[model.ProgressMentioned], "is", "are"),
		n[model.ProgressAbsent], verb(n[model.ProgressAbsent], "is", "are"))
	return s + "." // the paragraphs carried over are the reviewers' list (carriedPart)
}

func partnersHeadline(ps []model.PartnerImpact) string {
	n := 0
	for _, p := range ps {
		if p.Change {
			n++
		}
	}
	return fmt.Sprintf("%d of %s show a change for children; %d describe activity only.", n, count(len(ps), "statement", "statements"), len(ps)-n)
}

func checklistHeadline(items []model.ChecklistItem, sources string) string {
	var none []string
	for _, it := range items {
		if len(it.Evidence) == 0 {
			none = append(none, it.Title)
		}
	}
	s := fmt.Sprintf("The %s give evidence for %d of the %d items the yearly report is expected to show", sources, len(items)-len(none), len(items))
	if len(none) > 0 {
		return s + "; no evidence was found for: " + strings.Join(none, "; ") + "."
	}
	return s + "."
}

func figuresHeadline(fs []model.Figure) string {
	agencies := map[string]bool{}
	targets := 0
	for _, f := range fs {
		agencies[f.Agency] = true
		if f.Kind == model.FigureTarget {
			targets++
		}
	}
	return fmt.Sprintf("The statements give %s from %s, of which %d %s.", count(len(fs), "figure", "figures"),
		count(len(agencies), "partner", "partners"), targets, verb(targets, "is a target", "are targets"))
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
