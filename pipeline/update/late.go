package update

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// noteArrived asks for a line written while a statement was awaited to be
// checked now it is in: the analysis is not rewritten by update.
const noteArrived = "This was written while %s's statement was awaited. The statement has now arrived and is inserted " +
	"in this draft as a tracked change: check this line against it (a fresh draft with run has the analysis as it now stands)."

// awaited finds where the edited draft keeps an agency's place while its
// statement is awaited: the agency's heading (the fresh draft's heading
// text, or the agency's name after a number) followed by the awaited
// line. It returns both body children, or ok false.
func (u *updater) awaited(agency, heading string) (head, line int, ok bool) {
	b := u.ed.b
	for ki := 0; ki+1 < len(b.kids); ki++ {
		if b.marks[ki] != 0 || b.x.toks[b.kids[ki]].name != "w:p" {
			continue
		}
		t := strings.TrimSpace(b.x.text(b.kids[ki]))
		if t != heading && t != agency && !(strings.HasSuffix(t, " "+agency) && numbered(t)) {
			continue
		}
		if strings.TrimSpace(b.x.text(b.kids[ki+1])) == layout.AwaitedText {
			return ki, ki + 1, true
		}
	}
	return 0, 0, false
}

// arrive puts a late statement where the draft kept its place: the
// heading and awaited line are deleted as tracked changes and the
// statement's part goes right after them. ok is false when the draft has
// no such place (the statement then goes after the one before it).
func (u *updater) arrive(agency string, main []provenance.Entry) (at place, ok bool) {
	if len(main) == 0 || main[0].Kind != provenance.KindHeading {
		return place{}, false
	}
	head, line, ok := u.awaited(agency, strings.TrimSpace(u.freshText(main[0])))
	if !ok {
		return place{}, false
	}
	u.e.replace[head] = u.deleted(head)
	u.e.replace[line] = u.deleted(line)
	u.awaitedAt[head], u.awaitedAt[line] = true, true
	return place{ki: line}, true
}

// commentArrived puts a comment on each paragraph outside the statements
// that names an agency whose statement arrived (the analysis's lines
// about it, the list of agencies with no statement), so a reviewer checks
// them; the contents' lines are left alone.
func (u *updater) commentArrived(agency string) {
	b := u.ed.b
	for ki, k := range b.kids {
		if b.marks[ki] != 0 || u.awaitedAt[ki] || b.x.toks[k].name != "w:p" {
			continue
		}
		if _, done := u.e.replace[ki]; done {
			continue
		}
		span := b.x.span(k)
		if strings.Contains(string(span), `w:anchor="_Toc`) || !strings.Contains(b.x.text(k), agency) {
			continue
		}
		u.e.replace[ki] = u.commented(ki, strings.Replace(noteArrived, "%s", agency, 1))
	}
}

// numbered says whether a heading starts with a statement's number ("7.3 ").
func numbered(s string) bool {
	num, _, ok := strings.Cut(s, " ")
	return ok && num != "" && strings.Trim(num, "0123456789.") == ""
}
