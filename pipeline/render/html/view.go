package html

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// page is what the template shows.
type page struct {
	Meta       model.ReportMeta
	Generated  string
	Heading    string
	Statements []panel
	Missing    []string
	Superseded []model.Superseded
	Rejected   []model.Rejected
	Notes      []string
	Flags      int
	Unmapped   int
	// Analysis is nil when no analysis ran.
	Analysis []analysisView
	Analysed bool
	// Attention is the first screen: what needs a reviewer, with links.
	Attention attention
	// Awaited are the expected agencies with no statement, with their numbers.
	Awaited []model.Awaited
	// Update is nil but on the page of an updated draft.
	Update *updateView
	// Parts is the whole report's outline, nil without one.
	Parts []partView
}

// panel is one agency.
type panel struct {
	ID, Heading string
	Known       bool
	Sources     []string
	Flags       []model.Flag
	Blocks      []blockView
}

// blockView is one placed block.
type blockView struct {
	ID                  string // the anchor the summary links to
	Section, SectionKey string
	Kind, Role          string
	Text                string
	Rows                [][]string
	Indent              int // list depth in pixels
	Confidence          string
	Badge               string // high, mid, low
	Mapper, Evidence    string
	File                string
	Page, Index         int
	Check               string
	Notes               []string
	Decided             string // the reviewers placed it: "Placed in X by the reviewers"
}

// Attention reports whether the block needs a reviewer (the filter keeps
// only these).
func (b blockView) Attention() bool { return b.Check != "" || len(b.Notes) > 0 }

func build(r *model.Report, low float64) page {
	p := page{
		Meta: r.Meta, Generated: r.Meta.GeneratedAt.Format("2 January 2006 15:04"),
		Heading: layout.StatementsHeading(r.Meta), Missing: r.Missing,
		Superseded: r.Superseded, Rejected: r.Rejected, Notes: r.Notes,
		Analysed: r.Analysis != nil, Awaited: r.Awaited,
	}
	ids := map[blockRef]string{} // each block's anchor, for the analysis's links
	for i, s := range r.Statements {
		pn := panel{ID: fmt.Sprintf("s%d", i+1), Heading: layout.AgencyHeading(s), Known: s.AgencyKnown, Flags: r.FlagsOf(s)}
		for _, d := range s.Documents {
			pn.Sources = append(pn.Sources, layout.FileLabel(d.Source))
		}
		for _, sec := range layout.Statement(r, s, low) {
			for _, it := range sec.Items {
				v := view(sec, it)
				v.ID = fmt.Sprintf("%s-b%d", pn.ID, len(pn.Blocks)+1)
				if it.Block != nil {
					ids[blockRef{it.Source.Path, it.Block.Pos().Index}] = v.ID
				}
				pn.Blocks = append(pn.Blocks, v)
				if sec.Key == model.SectionUnmapped {
					p.Unmapped++
				}
			}
		}
		p.Flags += len(pn.Flags)
		p.Statements = append(p.Statements, pn)
	}
	p.Parts = partViews(r, ids)
	p.Analysis = analysisViews(layout.Analysis(r), ids)
	p.Attention = summarise(p, r)
	return p
}

func view(sec layout.Section, it layout.Item) blockView {
	v := blockView{
		Section: sec.Title, SectionKey: string(sec.Key), Kind: kindWord(it.Kind), Role: roleWord(it.Role),
		Text: layout.Text(it.Placement), Confidence: fmt.Sprintf("%.2f", it.Confidence),
		Badge: badge(it.Confidence), Mapper: mapperWord(it.Mapper), Evidence: it.Evidence,
		File: it.Source.Path, Check: it.Check, Notes: it.Notes, Decided: it.Decided,
	}
	if it.Block != nil {
		pos := it.Block.Pos()
		v.Page, v.Index = pos.Page, pos.Index
	}
	switch b := it.Block.(type) {
	case *model.Table:
		v.Rows = b.Rows
	case *model.ListItem:
		v.Indent = 18 * max(b.Depth, 0)
	}
	return v
}

// badge colours a confidence: green from 0.8, amber from 0.6, red below.
func badge(c float64) string {
	switch {
	case c >= 0.8:
		return "high"
	case c >= 0.6:
		return "mid"
	}
	return "low"
}
