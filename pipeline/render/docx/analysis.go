package docx

import "github.com/reportpipe/reportpipe/pipeline/render/layout"

// analysis writes the analysis section after the statements: a table for
// completeness, themes and training, findings as a list, every finding
// with its citations in brackets; language-model drafts in the Draft Note
// style so nobody mistakes them for agency text.
func (w *writer) analysis() {
	if w.r.Analysis == nil {
		return
	}
	w.text("Heading1", "Analysis")
	parts := layout.Analysis(w.r)
	if len(parts) == 0 {
		w.text("", "The analysis found nothing to report.")
	}
	for _, p := range parts {
		w.text("Heading2", p.Title)
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
