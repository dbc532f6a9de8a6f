package update

import "github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"

// appendixStart is where a statement's part of the appendix of text not
// placed goes when none of its own paragraphs is there to follow. When the
// edited draft has no such appendix yet, the fresh draft's heading and
// introduction of it are inserted (once) before the appendix that follows
// it, and the statement's part goes after them.
func (u *updater) appendixStart(prev int, new []provenance.Entry) place {
	at := u.regionStart(prev, true)
	if at != atEnd || len(new) == 0 {
		return at
	}
	if u.appendixAt != nil {
		return *u.appendixAt
	}
	first, last := u.freshAppendixSpan()
	at = u.beforeText(u.fr.b.x.text(u.fr.b.kids[u.nextUnmarked(last)]))
	for ki := first; ki < u.fr.b.at[new[0].ID] && ki >= 0; ki++ {
		if u.fr.b.marks[ki] == 0 {
			u.e.put(at, u.insertedKid(u.fr.b.kids[ki]))
		}
	}
	u.appendixAt = &at
	return at
}

// freshAppendixSpan is the fresh draft's appendix of text not placed: the
// body children of its heading and introduction (first) and of its last
// recorded paragraph (last).
func (u *updater) freshAppendixSpan() (first, last int) {
	first, last = -1, -1
	for _, st := range u.fr.m.Statements {
		for _, e := range st.Entries {
			if !isUnmapped(e) {
				continue
			}
			ki := u.fr.b.at[e.ID]
			if first < 0 {
				first = ki
				for first > 0 && u.fr.b.marks[first-1] == 0 && ki-first < 2 {
					first-- // the heading and the introduction before the first statement's part
				}
			}
			last = max(last, ki)
		}
	}
	return first, last
}

// nextUnmarked is the first body child after ki that is no statement's
// and holds text: the heading of what follows.
func (u *updater) nextUnmarked(ki int) int {
	b := u.fr.b
	for k := ki + 1; k < len(b.kids); k++ {
		if b.marks[k] == 0 && b.x.text(b.kids[k]) != "" {
			return k
		}
	}
	return ki
}

// beforeText is the place before the edited draft's last body child
// reading text, or the body's end. The last, because the contents near the
// start lists the same heading text as a line of its own.
func (u *updater) beforeText(text string) place {
	b := u.ed.b
	for ki := len(b.kids) - 1; ki >= 0; ki-- {
		if b.marks[ki] == 0 && b.x.text(b.kids[ki]) == text {
			return place{ki: ki, before: true}
		}
	}
	return atEnd
}
