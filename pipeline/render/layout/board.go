package layout

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The parts of the analysis a board publishes: last year's areas for
// development followed up, impact per partner, the yearly report's expected
// content, and the figures. Each opens with a fixed sentence of counts (see
// board_headline.go) followed by the agencies' own words, quoted, each line
// citing the paragraph it quotes.

// Titles of the board's parts.
const (
	ProgressTitle  = "Progress against last year's areas for development"
	PartnersTitle  = "Impact of each partner's work"
	ChecklistTitle = "What the yearly report is expected to show"
	FiguresTitle   = "Figures the statements give"
	CarriedTitle   = "Before publication: text carried over from last year"
	// EvidenceAppendixTitle heads the draft's appendix of working tables
	// (word counts, keyword census, evidence lists). A path that publishes
	// from the reviewers' edited draft drops this Heading 1 and all up to
	// the next Heading 1, as the version to publish never has it.
	EvidenceAppendixTitle = "Appendix: evidence for the analysis"
)

func progressPart(r *model.Report, p *model.Progress) AnalysisPart {
	part := AnalysisPart{Title: ProgressTitle}
	if p == nil {
		return part
	}
	part.Headline = progressHeadline(p)
	part.Intro = "Each area for development a partner named in " + p.Source + ", and what this year's statement shows of it."
	for _, it := range p.Items {
		text := fmt.Sprintf("%s, %s: %s", it.Agency, quote(it.Area), ProgressLabel(it.Status))
		if it.Quote != "" {
			text += " " + quote(it.Quote)
		}
		part.Findings = append(part.Findings, Finding{Text: text, Cites: sectionCites(r, it.Citations), Citations: it.Citations})
	}
	return part
}

// carriedPart lists the paragraphs repeated word for word from last year's
// statements: a question for the reviewers (is the text still true?), so
// the version to publish leaves it out.
func carriedPart(r *model.Report, p *model.Progress) AnalysisPart {
	part := AnalysisPart{Title: CarriedTitle, Review: true}
	if p == nil || len(p.Carried) == 0 {
		return part
	}
	agencies := map[string]bool{}
	for _, c := range p.Carried {
		agencies[c.Agency] = true
		part.Findings = append(part.Findings, Finding{Text: c.Agency + ": " + quote(c.Text), Cites: sectionCites(r, c.Citations), Citations: c.Citations})
	}
	part.Headline = fmt.Sprintf("%s in %s %s last year's word for word.", count(len(p.Carried), "paragraph", "paragraphs"),
		count(len(agencies), "statement", "statements"), verb(len(p.Carried), "repeats", "repeat"))
	part.Intro = "Check with each partner that the repeated text is still true this year."
	return part
}

// ProgressLabel is a progress status in words.
func ProgressLabel(s model.ProgressStatus) string {
	switch s {
	case model.ProgressShown:
		return "progress shown"
	case model.ProgressMentioned:
		return "mentioned without evidence"
	}
	return "not mentioned"
}

func partnersPart(r *model.Report, ps []model.PartnerImpact) AnalysisPart {
	part := AnalysisPart{Title: PartnersTitle}
	if len(ps) == 0 {
		return part
	}
	part.Headline = partnersHeadline(ps)
	part.Intro = "A statement shows a change for children when its outcomes or successes compare over time or name a result, with a figure; otherwise it describes activity."
	for _, p := range ps {
		label := "activity only"
		if p.Change {
			label = "a change for children"
		}
		if len(p.Quotes) == 0 {
			part.Findings = append(part.Findings, Finding{Text: p.Agency + ": " + label + " (no outcomes given)"})
			continue
		}
		for _, q := range p.Quotes {
			part.Findings = append(part.Findings, Finding{Text: p.Agency + ": " + label + ": " + quote(q.Text),
				Cites: sectionCites(r, []model.Citation{q.Citation}), Citations: []model.Citation{q.Citation}})
		}
	}
	return part
}

// checklistQuotesMax bounds the quotes shown per checklist item; the JSON
// holds them all.
const checklistQuotesMax = 3

func checklistPart(r *model.Report, items []model.ChecklistItem) AnalysisPart {
	part := AnalysisPart{Title: ChecklistTitle}
	if len(items) == 0 {
		return part
	}
	part.Headline = checklistHeadline(items, checklistSources(r))
	part.Intro = "Each item of the expected content, with the sentences of the " + checklistSources(r) + " that meet it."
	for _, it := range items {
		if len(it.Evidence) == 0 {
			part.Findings = append(part.Findings, Finding{Text: it.Title + ": " + NoEvidence(it), Lead: it.Title + ":"})
			continue
		}
		for i, q := range it.Evidence {
			if i == checklistQuotesMax {
				part.Findings = append(part.Findings, Finding{Text: fmt.Sprintf("%s: %d more sentences meet it", it.Title, len(it.Evidence)-i), Lead: it.Title + ":"})
				break
			}
			part.Findings = append(part.Findings, Finding{Text: fmt.Sprintf("%s: %s, %s", it.Title, citedWhere(q.Citation), quote(q.Text)),
				Lead: it.Title + ":", Cites: sectionCites(r, []model.Citation{q.Citation}), Citations: []model.Citation{q.Citation}})
		}
	}
	return part
}

// citedWhere names where a quote comes from in the text of a finding: the
// agency of a statement, the chapter of the board's own.
func citedWhere(c model.Citation) string {
	if c.Chapter != "" {
		return c.Chapter
	}
	return c.Agency
}

// NoEvidence is what a checklist item without evidence says: no evidence
// found, and the awaited chapters that may hold it (outline[].covers).
func NoEvidence(it model.ChecklistItem) string {
	s := "no evidence found"
	switch n := len(it.Awaited); {
	case n == 1:
		s += "; the chapter " + quote(it.Awaited[0]) + " that may hold it is awaited"
	case n > 1:
		names := make([]string, n)
		for i, a := range it.Awaited {
			names[i] = quote(a)
		}
		s += "; the chapters " + strings.Join(names[:n-1], ", ") + " and " + names[n-1] + " that may hold it are awaited"
	}
	return s
}

// checklistSources names what the checklist read: the statements, and the
// board's chapters when the outline has any.
func checklistSources(r *model.Report) string {
	for _, p := range r.Parts {
		if p.Kind == model.PartChapter || p.Kind == model.PartAppendix {
			return "statements and the board's chapters"
		}
	}
	return "statements"
}

func figuresPart(r *model.Report, a *model.Analysis) AnalysisPart {
	part := AnalysisPart{Title: FiguresTitle}
	if len(a.Figures) == 0 {
		return part
	}
	target := strconv.FormatFloat(a.TrainingTarget, 'f', -1, 64)
	part.Headline = figuresHeadline(a.Figures)
	part.Intro = "Every figure as the statements give it: what is counted or measured, the group, the period, and whether it is a target. Training percentages under the " + target + "% target are listed after the table, quoted."
	part.Table = [][]string{{"Agency", "What is counted", "Group", "Figure", "Period", "Target", "Source"}}
	part.CiteColumn = 6
	for _, f := range a.Figures {
		tgt := ""
		if f.Kind == model.FigureTarget {
			tgt = "target"
		}
		part.Table = append(part.Table, []string{f.Agency, f.Measure, f.Group, f.Text, f.Period, tgt, ShortCites(f.Citations)})
		part.TableCites = append(part.TableCites, f.Citations)
	}
	for _, f := range UnderTarget(a) {
		part.Findings = append(part.Findings, Finding{Text: fmt.Sprintf("%s: %s under the %s%% target: %s", f.Agency, f.Text, target, quote(f.Sentence)),
			Cites: sectionCites(r, f.Citations), Citations: f.Citations})
	}
	return part
}

// UnderTarget are the training percentages achieved under the training
// target: a percentage whose measure or group names training.
func UnderTarget(a *model.Analysis) []model.Figure {
	var out []model.Figure
	for _, f := range a.Figures {
		if f.Unit == model.UnitPercent && f.Kind == model.FigureAchievement && f.Value < a.TrainingTarget && isTraining(f) {
			out = append(out, f)
		}
	}
	return out
}

func isTraining(f model.Figure) bool {
	s := strings.ToLower(f.Measure + " " + f.Group)
	for _, w := range []string{"train", "course", "learning", "level ", "complian", "prevent", "module"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// quote puts text in curly quotes, as written; the cells of a table row
// (joined by tabs in a table's text) are shown separated by " | ".
func quote(s string) string { return "\u201c" + strings.ReplaceAll(s, "\t", " | ") + "\u201d" }
