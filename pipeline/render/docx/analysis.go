package docx

import "github.com/reportpipe/reportpipe/pipeline/render/layout"

// analysisHeading heads the analysis part.
const analysisHeading = "Analysis"

// analysisParts are the analyses the document shows: in the version to
// publish without the reviewers' list of possible personal data and the
// language model's drafts, which are notes for the business manager.
func (w *writer) analysisParts() []layout.AnalysisPart {
	parts := layout.Analysis(w.r)
	if !w.opts.Final {
		return parts
	}
	var out []layout.AnalysisPart
	for _, p := range parts {
		if !p.Draft && !p.Review {
			out = append(out, p)
		}
	}
	return out
}

// analysis writes the analysis section after the statements: a table for
// completeness, themes and training, findings as a list, every finding
// with its citations in brackets; language-model drafts in the Draft Note
// style so nobody mistakes them for agency text.
func (w *writer) analysis() {
	if w.r.Analysis == nil {
		return
	}
	w.heading(1, analysisHeading, nil)
	parts := w.analysisParts()
	if len(parts) == 0 {
		w.text("", "The analysis found nothing to report.")
	}
	for _, p := range parts {
		w.heading(2, p.Title, nil)
		if p.Intro != "" {
			w.para(para{Runs: []run{{Text: p.Intro, Italic: true}}})
		}
		if len(p.Table) > 1 {
			w.table(table{Rows: p.Table, Header: true, Small: true})
		}
		for _, f := range p.Findings {
			pr := para{Style: "ListParagraph", NumID: bulletNumID, Runs: []run{{Text: f.Text}}}
			if p.Draft {
				pr = para{Style: "DraftNote", Runs: pr.Runs}
			}
			if f.Cites != "" {
				pr.Runs = append(pr.Runs, run{Text: " [" + f.Cites + "]", Italic: true})
			}
			w.para(pr)
		}
	}
}
