package update

import "github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"

// The comments update adds; each says what happened and what to do.
const (
	noteConflict = "The agency changed the paragraph above in its new version, and it had been edited in this draft, " +
		"so their words were not merged: this is the agency's new paragraph, as a tracked insertion, and the edited one above " +
		"is kept as it was. Keep one of them and delete the other."
	noteConflictWords = "The agency changed the paragraph above in its new version, and it had been edited in this draft, " +
		"so their words were not merged: this is the agency's new paragraph (a tracked insertion), with the words the agency " +
		"changed marked against its old text; the edited one above is kept as it was. Keep one of them and delete the other " +
		"(delete it rather than reject its changes, which would leave the agency's old words behind)."
	notePending = "The agency changed the paragraph above again in its new version, while reportpipe's earlier changes to it " +
		"are still to be accepted or rejected, so the words were not merged: this is the agency's newest paragraph, as a " +
		"tracked insertion. Review the changes above, then keep one paragraph and delete the other."
	noteDeletedChanged = "This paragraph had been deleted from this draft; the agency changed it in its new version, " +
		"so the new paragraph is offered as a tracked insertion. Reject the insertion to keep it deleted."
	noteRemovedEdited = "The agency's new version no longer has this paragraph. It had been edited in this draft, " +
		"so it is kept: delete it if it should go."
	noteWithdrawnEdited = "The agency's statement has been withdrawn (it is no longer among the submissions). " +
		"This paragraph had been edited in this draft, so it is kept: delete it if it should go."
)

// cursor is where the next new paragraph of a statement goes: after the
// last of its paragraphs seen so far, or, before any, at the place given.
type cursor struct{ at place }

func (c *cursor) moveTo(ki int) { c.at = place{ki: ki} }

// updateRegion brings one region of a statement (its part 7 section, or
// its part of the appendix) up to date, recording its new entries.
func (u *updater) updateRegion(old, new []provenance.Entry, start place, ch *Change, rec *provenance.Statement) {
	oldText := func(i int) (string, bool) { return u.oldText(old[i]) }
	newText := func(j int) string { return u.freshText(new[j]) }
	cur := cursor{at: start}
	for _, o := range old { // new text goes before the first old paragraph still there
		if ki, ok := u.located(o); ok {
			cur.at = place{ki: ki, before: true}
			break
		}
	}
	for _, p := range align(old, new, oldText, newText) {
		switch {
		case p.old < 0:
			u.e.put(cur.at, u.inserted(new[p.new]))
			rec.Entries = append(rec.Entries, u.renamedEntry(new[p.new]))
			ch.record(BlockInserted, new[p.new], "", u.freshText(new[p.new]))
		case p.new < 0:
			u.remove(old[p.old], noteRemovedEdited, ch)
			if ki, ok := u.located(old[p.old]); ok {
				cur.moveTo(ki)
			}
		default:
			u.change(old[p.old], new[p.new], p.same, &cur, ch, rec)
		}
	}
}

// change handles a paragraph both drafts have: the same, or changed.
func (u *updater) change(o, n provenance.Entry, same bool, cur *cursor, ch *Change, rec *provenance.Statement) {
	ki, found := u.located(o)
	kept := provenance.Entry{ID: o.ID, Kind: n.Kind, Section: n.Section, Hash: n.Hash, Text: n.Text}
	switch {
	case same:
		rec.Entries = append(rec.Entries, kept)
	case !found:
		u.e.put(cur.at, anchored(u.inserted(n), u.notes.add(u.note(noteDeletedChanged))))
		rec.Entries = append(rec.Entries, u.renamedEntry(n))
		ch.record(BlockReoffered, n, "", u.freshText(n))
	case !u.untouched(ki, o):
		note := noteConflict
		if u.ed.b.x.onlyTrackedBy(u.ed.b.kids[ki], Author) && provenance.TextHash(u.ed.b.x.text(u.ed.b.kids[ki])) == o.Hash {
			note = notePending
		}
		ins, shown := u.clashInsert(n, o.Text)
		if shown && note == noteConflict {
			note = noteConflictWords
		}
		u.e.put(place{ki: ki}, anchored(ins, u.notes.add(u.note(note))))
		rec.Entries = append(rec.Entries, u.renamedEntry(n))
		ch.record(BlockConflict, n, u.ed.b.x.text(u.ed.b.kids[ki]), u.freshText(n))
		if n.Kind == provenance.KindBlock && len(ch.Blocks) > 0 {
			ch.Blocks[len(ch.Blocks)-1].Was = o.Text
		}
	default:
		old := u.ed.b.x.text(u.ed.b.kids[ki])
		if out, ok := u.wordEdit(ki, n); ok {
			u.e.replace[ki] = out
			rec.Entries = append(rec.Entries, kept)
		} else { // a table, or text outside plain runs: replaced whole
			u.e.replace[ki] = u.deleted(ki)
			u.e.put(place{ki: ki}, u.inserted(n))
			rec.Entries = append(rec.Entries, u.renamedEntry(n))
		}
		ch.record(BlockChanged, n, old, u.freshText(n))
	}
	if found {
		cur.moveTo(ki)
	}
}

// remove handles a paragraph the current statement no longer has.
func (u *updater) remove(o provenance.Entry, note string, ch *Change) {
	ki, found := u.located(o)
	switch {
	case !found:
	case u.untouched(ki, o):
		ch.record(BlockDeleted, o, u.ed.b.x.text(u.ed.b.kids[ki]), "")
		u.e.replace[ki] = u.deleted(ki)
	default:
		ch.record(BlockKept, o, u.ed.b.x.text(u.ed.b.kids[ki]), "")
		u.e.replace[ki] = u.commented(ki, u.note(note))
	}
}

// renamedEntry is fresh entry e as the edited draft records it once its
// paragraph is inserted there (its bookmark renumbered).
func (u *updater) renamedEntry(e provenance.Entry) provenance.Entry {
	e.ID = u.c.renamed(e.ID)
	return e
}

// wordEdit edits paragraph ki word by word into n's text (or as one
// deletion and one insertion when the two share few words); not ok for a
// table, or a paragraph whose text is not all in plain runs.
func (u *updater) wordEdit(ki int, n provenance.Entry) ([]byte, bool) {
	k := u.ed.b.kids[ki]
	if u.ed.b.x.toks[k].name != "w:p" || u.fr.b.x.toks[u.freshKid(n)].name != "w:p" {
		return nil, false
	}
	old, new := u.ed.b.x.text(k), u.freshText(n)
	return u.ed.b.x.wordEdit(k, new, !similar(old, new), u.r)
}
