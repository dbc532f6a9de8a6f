package html

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// blockRef names a block as citations do: its file and index.
type blockRef struct {
	file  string
	index int
}

// analysisView is one analysis part as the page shows it: the layout's
// part, its findings' citations linked to the blocks they cite on this
// page (a statement's row, a board chapter's line).
type analysisView struct {
	layout.AnalysisPart
	Findings []findingView
}

// findingView is one finding with its citations, each a link when the
// cited block is on the page.
type findingView struct {
	// Lead is the start of the text shown in bold (see layout.Finding),
	// Text the rest.
	Lead, Text string
	Cites      []citeView
}

// citeView is one citation as shown: its words and the block it links to
// ("" when it links nowhere).
type citeView struct {
	Text, Href string
}

// analysisViews links the analysis parts' citations through ids, the page's
// anchor of each block by its file and index.
func analysisViews(parts []layout.AnalysisPart, ids map[blockRef]string) []analysisView {
	out := make([]analysisView, 0, len(parts))
	for _, p := range parts {
		v := analysisView{AnalysisPart: p}
		for _, f := range p.Findings {
			fv := findingView{Text: f.Text, Cites: citeViews(f, ids)}
			if rest, ok := strings.CutPrefix(f.Text, f.Lead); ok && f.Lead != "" {
				fv.Lead, fv.Text = f.Lead, rest
			}
			v.Findings = append(v.Findings, fv)
		}
		out = append(out, v)
	}
	return out
}

// citeViews splits a finding's citation text into one piece per citation
// (the layout joins them with "; ", in order) so each can link to its
// block; text that does not split so is shown whole, unlinked.
func citeViews(f layout.Finding, ids map[blockRef]string) []citeView {
	if f.Cites == "" {
		return nil
	}
	pieces := strings.Split(f.Cites, "; ")
	if len(pieces) != len(f.Citations) {
		return []citeView{{Text: f.Cites}}
	}
	out := make([]citeView, len(pieces))
	for i, c := range f.Citations {
		out[i] = citeView{Text: pieces[i], Href: anchorOf(c, ids)}
	}
	return out
}

// anchorOf is the page's link to the cited block, "" when it is not shown.
func anchorOf(c model.Citation, ids map[blockRef]string) string {
	if id := ids[blockRef{c.File, c.Index}]; id != "" {
		return "#" + id
	}
	return ""
}
