package markdown

import (
	"cmp"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// analysis writes the analysis section after the statements: tables, then
// findings as a list with their citations; drafts as quoted notes.
func (m *writer) analysis() {
	if m.r.Analysis == nil {
		return
	}
	m.heading(2, cmp.Or(m.analysisTitle, "Analysis"))
	parts := layout.Analysis(m.r)
	if len(parts) == 0 {
		m.block("The analysis found nothing to report.")
	}
	for _, p := range parts {
		m.heading(3, p.Title)
		if p.Headline != "" {
			m.block("**" + text(p.Headline, "") + "**")
		}
		if p.Intro != "" {
			m.block("*" + text(p.Intro, "") + "*")
		}
		if len(p.Table) > 1 {
			m.table(p.Table)
		}
		var lines []string
		for _, f := range p.Findings {
			l := text(f.Text, "  ")
			if rest, ok := strings.CutPrefix(f.Text, f.Lead); ok && f.Lead != "" {
				l = "**" + text(f.Lead, "  ") + "**" + text(rest, "  ")
			}
			if f.Cites != "" {
				l += " *(" + text(f.Cites, "  ") + ")*"
			}
			if p.Draft {
				m.block("> " + l)
				continue
			}
			lines = append(lines, "- "+l)
		}
		if len(lines) > 0 {
			m.block(strings.Join(lines, "\n"))
		}
	}
}
