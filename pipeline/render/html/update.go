package html

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// Update is what `reportpipe update` changed in the reviewers' draft. When
// Options.Update is set, the page starts with it; a run's page has none.
// It is a plain summary of its own, so the renderer does not depend on the
// update stage.
type Update struct {
	// Edited is the reviewers' draft the update started from, Updated the
	// copy it wrote, as the command names them.
	Edited, Updated string
	Agencies        []AgencyUpdate
}

// AgencyUpdate is one agency's part of an update.
type AgencyUpdate struct {
	Agency string
	// Summary is the change in words ("new version: 1 changed block(s)").
	Summary string
	// Listed says whether Blocks are shown one by one: for a new version,
	// not for a statement inserted or deleted whole (it is below, or gone).
	Listed bool
	Blocks []BlockUpdate
	// Chapter says Agency is a board chapter's part heading: its text is
	// its author's, and it has no template sections.
	Chapter bool
}

// BlockUpdate is one block the update changed.
type BlockUpdate struct {
	// What happened, in words for a reviewer.
	What string
	// Conflict marks a block the reviewers had edited too.
	Conflict bool
	Section  model.SectionKey
	// Old is the text in the edited draft, New the agency's current text;
	// either may be empty.
	Old, New string
	// Words are what the agency changed, word by word (from its old text
	// to New), as the tracked changes in the draft show it; none when the
	// block was inserted or deleted whole.
	Words []WordChange
}

// WordChange is one piece of a word-level change: text kept, taken out
// (Del) or put in (Ins).
type WordChange struct {
	Text     string
	Del, Ins bool
}

// updateView is Update as the template shows it: each agency with a link
// to its panel (none for a withdrawn statement) and section titles.
type updateView struct {
	Edited, Updated string
	Agencies        []agencyUpdateView
}

type agencyUpdateView struct {
	AgencyUpdate
	Link   string
	Blocks []blockUpdateView
}

type blockUpdateView struct {
	BlockUpdate
	SectionTitle string
}

func viewUpdate(u *Update, p page, r *model.Report) *updateView {
	if u == nil {
		return nil
	}
	panels := map[string]string{}
	for i, s := range r.Statements {
		panels[s.Agency] = "#" + p.Statements[i].ID
	}
	for _, pt := range p.Parts {
		panels["part "+pt.Heading] = "#" + pt.ID
	}
	v := &updateView{Edited: u.Edited, Updated: u.Updated}
	for _, a := range u.Agencies {
		av := agencyUpdateView{AgencyUpdate: a, Link: panels[a.Agency]}
		if a.Chapter {
			av.Link = panels["part "+a.Agency]
		}
		for _, b := range a.Blocks {
			bv := blockUpdateView{BlockUpdate: b}
			if !a.Chapter {
				bv.SectionTitle = layout.SectionTitle(r, b.Section)
			}
			av.Blocks = append(av.Blocks, bv)
		}
		v.Agencies = append(v.Agencies, av)
	}
	return v
}
