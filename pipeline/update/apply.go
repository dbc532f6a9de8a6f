package update

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// Options tune an update.
type Options struct {
	// Now dates the tracked changes and comments.
	Now time.Time
}

// Result is the updated draft and what changed, per agency in report
// order (withdrawn statements last), then per changed board chapter in
// outline order.
type Result struct {
	DOCX    []byte
	Changes []Change
}

// Apply brings the edited draft up to date with fresh, the Word draft of
// the current statements as the DOCX renderer wrote it (with the options
// run uses, so styles and notes agree). It fails with ErrNotDraft or
// ErrUnmatched (wrapped) when edited cannot be updated.
func Apply(edited, fresh []byte, opts Options) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil { // a fault of ours on an odd file costs the update, not the process
			res, err = nil, fmt.Errorf("update: internal error on this file: %v", p)
		}
	}()
	ed, err := check(edited)
	if err != nil {
		return nil, err
	}
	fr, err := readDraft(fresh)
	if err != nil {
		return nil, fmt.Errorf("update: reading the current statements' draft: %w", err)
	}
	if agencies := ed.agencies(); !slices.ContainsFunc(fr.m.Statements, func(s provenance.Statement) bool { return slices.Contains(agencies, s.Agency) }) {
		return nil, fmt.Errorf("%w: none of the agencies it holds (%s) has a statement among the submissions now (is it another board's draft?)", ErrUnmatched, strings.Join(agencies, ", "))
	}
	u := newUpdater(ed, fr, opts.Now)
	u.run()
	out, err := u.write()
	if err != nil {
		return nil, err
	}
	return &Result{DOCX: out, Changes: u.changes}, nil
}

// Check says, before any work, whether edited is a draft update can
// match: ErrNotDraft or ErrUnmatched (wrapped) when it is not.
func Check(edited []byte) error {
	_, err := check(edited)
	return err
}

func check(edited []byte) (*draft, error) {
	ed, err := readDraft(edited)
	if errors.Is(err, errNoRecord) {
		return nil, ErrNotDraft
	}
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNotDraft, err)
	}
	if !ed.anyLocated() {
		return nil, fmt.Errorf("%w: none of the paragraphs it recorded can be found in it (was the text copied into a new document? that drops the bookmarks that mark them)", ErrUnmatched)
	}
	return ed, nil
}

// agencies lists the agencies whose statements the draft holds.
func (d *draft) agencies() []string {
	var out []string
	for _, st := range d.m.Statements {
		out = append(out, st.Agency)
	}
	return out
}

// anyLocated reports whether any recorded paragraph is still in the body.
func (d *draft) anyLocated() bool {
	for _, st := range d.m.Statements {
		for _, e := range st.Entries {
			if _, ok := d.b.at[e.ID]; ok {
				return true
			}
		}
	}
	return false
}

func newUpdater(ed, fr *draft, now time.Time) *updater {
	// Ids of changes and comments start above every id in use, and above
	// those the inserted bookmarks will have (the fresh ones, shifted).
	shift := ed.maxMark()
	top := max(maxID(ed.p.Parts["word/document.xml"]), maxID(fr.p.Parts["word/document.xml"])+shift)
	if c := ed.p.relatedPart("comments"); c != "" {
		top = max(top, maxID(ed.p.Parts[c]))
	}
	r := newRevisions(top, now)
	ns := &notes{r: r}
	ns.fresh, _ = scan(fr.p.Parts[fr.p.relatedPart("comments")]) // our own part: nil only if absent
	return &updater{
		ed: ed, fr: fr, e: newEdits(), r: r, notes: ns, awaitedAt: map[int]bool{},
		c: &cleaner{shift: shift, notes: ns.copyFresh, carry: newCarrier(ed.p, fr.p), nums: newNumbering(
			fr.p.Parts[fr.p.relatedPart("numbering")], ed.p.Parts[ed.p.relatedPart("numbering")])},
		record: provenance.Manifest{Generated: fr.m.Generated, Title: fr.m.Title},
	}
}

// write assembles the updated package.
func (u *updater) write() ([]byte, error) {
	p := u.ed.p
	p.Set("word/document.xml", u.e.document(u.ed.b))
	u.notes.write(p)
	u.c.nums.write(p)
	rec, err := u.record.Marshal()
	if err != nil {
		return nil, err
	}
	p.Set(u.ed.item, rec)
	return p.Bytes()
}
