package update

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// The statuses of a board chapter (Change.Chapter).
const (
	ChapterChanged Status = "chapter changed"
	ChapterArrived Status = "chapter arrived"
	// ChapterGone: the chapter's file is no longer there (or can no longer
	// be read), so the part is awaited again.
	ChapterGone Status = "chapter awaited again"
	// ChapterUnrecorded: the edited draft holds no record of this part (it
	// was made before chapters were recorded, or the outline has gained
	// the part since), so update cannot tell what changed in it.
	ChapterUnrecorded Status = "chapter not recorded in this draft, so not updated (a new run's draft has it as it stands)"
)

// chapters brings the board's chapters up to date after the statements: a
// chapter whose file changed since the edited draft was made (its digest
// differs from the one the draft recorded) has its new text brought in
// as tracked changes in its part, exactly as a statement's new version
// is, clashes with the reviewers' edits included; a chapter that arrived
// since replaces its awaited line. A chapter whose file is unchanged is
// left as the reviewers left it. A chapter the edited draft did not record
// (drafts made before chapters were recorded) cannot be matched: it is
// left alone, and the summary says so.
func (u *updater) chapters() {
	u.inChapter = true
	defer func() { u.inChapter = false }()
	for _, nc := range u.fr.m.Chapters {
		oc := u.ed.m.FindChapter(nc.Heading)
		if oc == nil {
			u.changes = append(u.changes, Change{Agency: nc.Heading, Chapter: true, Status: ChapterUnrecorded})
			continue
		}
		rec := provenance.Chapter{Heading: nc.Heading, File: nc.File, SHA256: nc.SHA256}
		if oc.File == nc.File && oc.SHA256 == nc.SHA256 {
			rec.Entries = oc.Entries
			u.record.Chapters = append(u.record.Chapters, rec)
			continue
		}
		ch := Change{Agency: nc.Heading, Chapter: true, Status: chapterStatus(oc, &nc)}
		var st provenance.Statement
		if !u.arriveChapter(oc.Entries, nc.Entries, &ch, &st) {
			u.updateRegion(oc.Entries, nc.Entries, u.partStart(nc.Heading), &ch, &st)
		}
		rec.Entries = st.Entries
		u.record.Chapters = append(u.record.Chapters, rec)
		u.changes = append(u.changes, ch)
	}
}

// arriveChapter puts a late chapter where its awaited line stands in the
// edited draft: the line shown deleted, the chapter's blocks (with the
// spacing paragraphs between its tables) inserted right after it, as a
// late statement's awaited place is. Not ok when the draft no longer
// holds the awaited line as it wrote it (a reviewer edited it): then the
// region update below offers the chapter and keeps the edited line, with
// a comment.
func (u *updater) arriveChapter(old, new []provenance.Entry, ch *Change, rec *provenance.Statement) bool {
	if len(old) != 1 || old[0].Kind != provenance.KindAwaited || len(new) == 0 || new[0].Kind == provenance.KindAwaited {
		return false
	}
	ki, ok := u.located(old[0])
	if !ok || !u.untouched(ki, old[0]) {
		return false
	}
	u.e.replace[ki] = u.deleted(ki)
	u.insertStatement(new, place{ki: ki}, ch, rec)
	return true
}

// chapterStatus says what happened to a chapter whose file changed.
func chapterStatus(old, new *provenance.Chapter) Status {
	switch {
	case old.SHA256 == "" && new.SHA256 != "":
		return ChapterArrived
	case new.SHA256 == "":
		return ChapterGone
	}
	return ChapterChanged
}

// partStart is where a chapter's new blocks go when none of its old ones
// is left to follow: after its part heading in the edited draft (the last
// paragraph reading as the heading, since the contents comes first and
// its lines link to the headings), else at the end of the body.
func (u *updater) partStart(heading string) place {
	b := u.ed.b
	at := atEnd
	for ki, k := range b.kids {
		if b.marks[ki] != 0 || b.x.toks[k].name != "w:p" || strings.TrimSpace(b.x.text(k)) != heading {
			continue
		}
		if strings.Contains(string(b.x.span(k)), `w:anchor="_Toc`) {
			continue
		}
		at = place{ki: ki}
	}
	return at
}

// chapterNotes are the comments of statement.go worded for a chapter,
// whose text comes from its author, not an agency.
var chapterNotes = map[string]string{
	noteConflict: "The chapter's author changed the paragraph above in a new version of the chapter, and it had been edited in this draft, " +
		"so their words were not merged: this is the author's new paragraph, as a tracked insertion, and the edited one above " +
		"is kept as it was. Keep one of them and delete the other.",
	noteConflictWords: "The chapter's author changed the paragraph above in a new version of the chapter, and it had been edited in this draft, " +
		"so their words were not merged: this is the author's new paragraph (a tracked insertion), with the words the author " +
		"changed marked against the old text; the edited one above is kept as it was. Keep one of them and delete the other " +
		"(delete it rather than reject its changes, which would leave the old words behind).",
	notePending: "The chapter's author changed the paragraph above again, while reportpipe's earlier changes to it " +
		"are still to be accepted or rejected, so the words were not merged: this is the newest paragraph, as a " +
		"tracked insertion. Review the changes above, then keep one paragraph and delete the other.",
	noteDeletedChanged: "This paragraph had been deleted from this draft; the chapter's author changed it in a new version, " +
		"so the new paragraph is offered as a tracked insertion. Reject the insertion to keep it deleted.",
	noteRemovedEdited: "The chapter's new version no longer has this paragraph. It had been edited in this draft, " +
		"so it is kept: delete it if it should go.",
}

// note is comment text n as this update's current part needs it.
func (u *updater) note(n string) string {
	if c, ok := chapterNotes[n]; ok && u.inChapter {
		return c
	}
	return n
}
