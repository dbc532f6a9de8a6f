package update

import (
	"slices"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// run works through the current statements in report order, then the
// statements the edited draft holds that are no longer current.
func (u *updater) run() {
	prevMain, prevApp := -1, -1
	var arrived []string
	for _, ns := range u.fr.m.Statements {
		rec := provenance.Statement{Agency: ns.Agency, Number: ns.Number, Sources: ns.Sources}
		ch := Change{Agency: ns.Agency, Status: Arrived}
		newMain, newApp := regions(ns.Entries)
		if os := u.ed.m.Find(ns.Agency); os == nil {
			at, ok := u.arrive(ns.Agency, newMain)
			if !ok {
				at = u.regionStart(prevMain, false)
			}
			u.insertStatement(newMain, at, &ch, &rec)
			arrived = append(arrived, ns.Agency)
			u.insertStatement(newApp, u.appendixStart(prevApp, newApp), &ch, &rec)
		} else {
			oldMain, oldApp := regions(os.Entries)
			u.updateRegion(oldMain, newMain, u.regionStart(prevMain, false), &ch, &rec)
			u.updateRegion(oldApp, newApp, u.appendixStart(prevApp, newApp), &ch, &rec)
			prevMain, prevApp = max(prevMain, u.lastLocated(oldMain)), max(prevApp, u.lastLocated(oldApp))
			ch.Status = Unchanged
			if ch.any() || !slices.Equal(os.Sources, ns.Sources) {
				ch.Status = NewVersion
			}
		}
		u.record.Statements = append(u.record.Statements, rec)
		u.changes = append(u.changes, ch)
	}
	for _, a := range arrived {
		u.commentArrived(a)
	}
	for _, os := range u.ed.m.Statements {
		if u.fr.m.Find(os.Agency) != nil {
			continue
		}
		ch := Change{Agency: os.Agency, Status: Withdrawn}
		for _, e := range os.Entries {
			u.remove(e, noteWithdrawnEdited, &ch)
		}
		u.changes = append(u.changes, ch)
	}
	u.chapters()
}

// insertStatement inserts a whole region of a new statement at at: the
// fresh draft's body from its first paragraph to its last, so the spacing
// paragraphs between its tables come too.
func (u *updater) insertStatement(new []provenance.Entry, at place, ch *Change, rec *provenance.Statement) {
	if len(new) == 0 {
		return
	}
	first, last := u.fr.b.at[new[0].ID], u.fr.b.at[new[len(new)-1].ID]
	for ki := first; ki <= last; ki++ {
		u.e.put(at, u.insertedKid(u.fr.b.kids[ki]))
	}
	for _, e := range new {
		rec.Entries = append(rec.Entries, u.renamedEntry(e))
		ch.record(BlockInserted, e, "", u.freshText(e))
	}
}

// regionStart is where a statement's region goes when none of its own
// paragraphs is there to follow: after the previous statement's last
// (prev), else before the first statement's first, else at the body's end.
func (u *updater) regionStart(prev int, appendix bool) place {
	if prev >= 0 {
		return place{ki: prev}
	}
	first := -1
	for _, st := range u.ed.m.Statements {
		for _, e := range st.Entries {
			if ki, ok := u.located(e); ok && isUnmapped(e) == appendix && (first < 0 || ki < first) {
				first = ki
			}
		}
	}
	if first < 0 {
		return atEnd
	}
	return place{ki: first, before: true}
}

// lastLocated is the last body child holding one of es, or -1.
func (u *updater) lastLocated(es []provenance.Entry) int {
	last := -1
	for _, e := range es {
		if ki, ok := u.located(e); ok {
			last = max(last, ki)
		}
	}
	return last
}

// maxMark is the highest provenance bookmark number the draft uses, in its
// body or its record, so inserted bookmarks can be numbered above it.
func (d *draft) maxMark() int {
	top := 0
	see := func(name string) {
		if n, err := strconv.Atoi(strings.TrimPrefix(name, docx.BookmarkPrefix)); err == nil {
			top = max(top, n)
		}
	}
	for name := range d.b.at {
		see(name)
	}
	for _, st := range d.m.Statements {
		for _, e := range st.Entries {
			see(e.ID)
		}
	}
	for _, c := range d.m.Chapters {
		for _, e := range c.Entries {
			see(e.ID)
		}
	}
	return top
}
