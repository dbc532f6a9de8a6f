package docx

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// The analysis part's headings.
const (
	analysisHeading = "Analysis"
	evidenceHeading = layout.EvidenceAppendixTitle
)

// analysisParts are the analyses the Analysis section shows: the board's
// analysis, never the reviewers' working tables (word counts, the keyword
// census), which the appendix holds; in the version to publish also
// without the reviewers' list of possible personal data and the language
// model's drafts, which are notes for the business manager.
func (w *writer) analysisParts() []layout.AnalysisPart {
	var out []layout.AnalysisPart
	for _, p := range layout.Analysis(w.r) {
		if !p.Internal && (!w.opts.Final || !p.Draft && !p.Review) {
			out = append(out, p)
		}
	}
	return out
}

// evidenceParts are what the draft's appendix holds: the working tables
// and the parts whose findings are a long list of evidence (one line per
// agency and theme), so the analysis reads in a few minutes. The version
// to publish has none of them.
func (w *writer) evidenceParts() []layout.AnalysisPart {
	if w.opts.Final {
		return nil
	}
	var out []layout.AnalysisPart
	for _, p := range layout.Analysis(w.r) {
		if p.Internal || p.Evidence && len(p.Findings) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// analysis writes the analysis section after the statements: for each
// analysis its finding in one sentence, what it measured, a table, and a
// short list; every citation a link to the cited text in Part 7;
// language-model drafts in the Draft Note style so nobody mistakes them
// for agency text.
func (w *writer) analysis() {
	if w.r.Analysis == nil {
		return
	}
	w.heading(1, w.analysisTitle(), nil)
	parts := w.analysisParts()
	if len(parts) == 0 {
		w.text("", "The analysis found nothing to report.")
	}
	for _, p := range parts {
		w.heading(2, p.Title, nil)
		if p.Headline != "" {
			w.para(para{Runs: []run{{Text: p.Headline, Bold: true}}})
		}
		if p.Intro != "" {
			w.para(para{Runs: []run{{Text: p.Intro, Italic: true}}})
		}
		if len(p.Table) > 1 {
			w.analysisTable(p)
		}
		if p.Evidence && len(p.Findings) > 0 {
			w.para(para{Runs: []run{{Text: "The text behind each line of the table is listed in the " + evidenceHeading + ".", Italic: true}}})
			continue
		}
		w.findings(p)
	}
}

// analysisTable writes a part's table, its citations column as links to
// the sections cited (the row names the agency).
func (w *writer) analysisTable(p layout.AnalysisPart) {
	t := table{Rows: p.Table, Header: true, Small: true}
	if p.CiteColumn > 0 {
		labels := make([][]string, len(p.Table))
		copy(labels, p.Table)
		for i, cs := range p.TableCites {
			row := append([]string(nil), p.Table[i+1]...)
			row[p.CiteColumn] = plain(w.citeRuns(cs, row[0]))
			labels[i+1] = row
		}
		t.Rows = labels
		t.Cell = func(i, j int) []run {
			if i == 0 || j != p.CiteColumn || i-1 >= len(p.TableCites) {
				return nil
			}
			return w.citeRuns(p.TableCites[i-1], p.Table[i][0])
		}
	}
	w.table(t)
}

// findings writes a part's findings as a list, each with its citations.
func (w *writer) findings(p layout.AnalysisPart) {
	for _, f := range p.Findings {
		pr := para{Style: "ListParagraph", NumID: bulletNumID, Runs: leadRuns(f)}
		if p.Draft {
			pr = para{Style: "DraftNote", Runs: pr.Runs}
		}
		if named, ok := w.namedLinks(f.Text, f.Citations); ok {
			pr.Runs = named
		} else if links := w.citeRuns(f.Citations, f.Text); len(links) > 0 {
			pr.Runs = append(pr.Runs, run{Text: " ("})
			pr.Runs = append(pr.Runs, links...)
			pr.Runs = append(pr.Runs, run{Text: ")"})
		} else if f.Cites != "" {
			pr.Runs = append(pr.Runs, run{Text: " [" + f.Cites + "]", Italic: true})
		}
		w.para(pr)
	}
}

// leadRuns are a finding's text as runs, its lead in bold.
func leadRuns(f layout.Finding) []run {
	if rest, ok := strings.CutPrefix(f.Text, f.Lead); ok && f.Lead != "" {
		return []run{{Text: f.Lead, Bold: true}, {Text: rest}}
	}
	return []run{{Text: f.Text}}
}

// evidenceAppendix lists the evidence behind the analyses' tables.
func (w *writer) evidenceAppendix() {
	parts := w.evidenceParts()
	if len(parts) == 0 {
		return
	}
	w.heading(1, evidenceHeading, nil)
	w.para(para{Runs: []run{{Text: "Working tables for the reviewers; the version to publish leaves this appendix out.", Italic: true}}})
	for _, p := range parts {
		w.heading(2, p.Title, nil)
		if p.Internal {
			if p.Headline != "" {
				w.para(para{Runs: []run{{Text: p.Headline, Bold: true}}})
			}
			if p.Intro != "" {
				w.para(para{Runs: []run{{Text: p.Intro, Italic: true}}})
			}
			if len(p.Table) > 1 {
				w.analysisTable(p)
			}
		}
		w.findings(p)
	}
}

// plain is the text of runs, for laying out a table's columns.
func plain(rs []run) string {
	s := ""
	for _, r := range rs {
		s += r.Text
	}
	return s
}
