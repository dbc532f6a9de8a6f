package update

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// updater carries one update: the edited draft (ed), the fresh draft of the
// current statements (fr), the edits to make and the record to write.
type updater struct {
	ed, fr *draft
	e      *edits
	r      *revisions
	notes  *notes
	c      *cleaner
	// record is the edited draft's new provenance record.
	record  provenance.Manifest
	changes []Change
	// awaitedAt are the body children of awaited places a late statement
	// took (deleted, so left without a comment).
	awaitedAt map[int]bool
	// appendixAt, once set, is where the appendix of text not placed,
	// inserted by this update, takes statements' parts.
	appendixAt *place
	// inChapter is set while a board chapter is brought up to date, so
	// comments speak of its author rather than an agency.
	inChapter bool
}

// located returns the edited draft's body child index holding old entry e.
func (u *updater) located(e provenance.Entry) (ki int, ok bool) {
	ki, ok = u.ed.b.at[e.ID]
	return ki, ok
}

// untouched reports whether the paragraph of e is as the draft wrote it:
// its text hashes as recorded, it holds no tracked change and no other
// recorded paragraph was merged into it.
func (u *updater) untouched(ki int, e provenance.Entry) bool {
	b := u.ed.b
	k := b.kids[ki]
	return b.marks[ki] == 1 && !b.x.tracked(k) && provenance.TextHash(b.x.text(k)) == e.Hash
}

// oldText is the edited draft's text of old entry e, when it is there.
func (u *updater) oldText(e provenance.Entry) (string, bool) {
	ki, ok := u.located(e)
	if !ok {
		return "", false
	}
	return u.ed.b.x.text(u.ed.b.kids[ki]), true
}

// freshKid is the fresh draft's body child of new entry e.
func (u *updater) freshKid(e provenance.Entry) int { return u.fr.b.kids[u.fr.b.at[e.ID]] }

func (u *updater) freshText(e provenance.Entry) string { return u.fr.b.x.text(u.freshKid(e)) }

// inserted is the fresh paragraph (or table) of e, ready to go into the
// edited draft as a tracked insertion.
func (u *updater) inserted(e provenance.Entry) []byte { return u.insertedKid(u.freshKid(e)) }

func (u *updater) insertedKid(k int) []byte {
	cleaned := u.c.clean(u.fr.b.x, k)
	x, err := scan(cleaned)
	if err != nil || len(x.toks) == 0 {
		return nil // cannot happen: cleaned is a copy of well-formed XML
	}
	return x.marked(0, u.r, false)
}

// deleted is the edited draft's child ki marked as a tracked deletion.
func (u *updater) deleted(ki int) []byte {
	return u.ed.b.x.marked(u.ed.b.kids[ki], u.r, true)
}

// commented is the edited draft's child ki as it is, with a comment.
func (u *updater) commented(ki int, text string) []byte {
	return anchored(u.ed.b.x.span(u.ed.b.kids[ki]), u.notes.add(text))
}

// isUnmapped says whether e belongs to the appendix of text not placed.
func isUnmapped(e provenance.Entry) bool { return e.Section == string(model.SectionUnmapped) }

// regions splits a statement's entries into its part 7 section and its
// part of the appendix of text not placed.
func regions(es []provenance.Entry) (main, appendix []provenance.Entry) {
	for _, e := range es {
		if isUnmapped(e) {
			appendix = append(appendix, e)
		} else {
			main = append(main, e)
		}
	}
	return main, appendix
}
