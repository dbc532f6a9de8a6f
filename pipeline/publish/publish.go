package publish

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Options say which open items the reviewers have decided by flag.
type Options struct {
	// AcceptChanges accepts every tracked change still in the document
	// (they are never accepted otherwise); Result.Accepted says how many.
	AcceptChanges bool
	// DropComments drops the reviewers' comments still open.
	DropComments bool
	// Allow lists further kinds to publish as they are: Awaited (an
	// agency's place says its statement is awaited), Unplaced (the
	// appendix of text not placed is kept), PersonalData (each finding
	// was checked and is a service's contact, not a person's). Tracked
	// changes, comments and pictures without alt text cannot be allowed.
	Allow []Kind
}

// allowed reports whether items of kind k do not stop publishing.
func (o Options) allowed(k Kind) bool {
	switch k {
	case TrackedChange:
		return o.AcceptChanges
	case OpenComment:
		return o.DropComments
	case NoAltText:
		return false
	}
	return slices.Contains(o.Allow, k)
}

// Allowable lists the kinds Options.Allow may name.
var Allowable = []Kind{Awaited, Unplaced, PersonalData}

// RefusedError is the answer when open items remain that no option
// allows: nothing is written, and the list says what to decide.
type RefusedError struct{ Items []Item }

func (e *RefusedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the document still has %d open item(s) to decide before it can be published:", len(e.Items))
	for _, it := range e.Items {
		b.WriteString("\n  - " + it.String())
	}
	return b.String()
}

// Refusal is the *RefusedError for the items opts do not allow, or nil:
// a caller can refuse before any other work.
func Refusal(items []Item, opts Options) error {
	var refuse []Item
	for _, it := range items {
		if !opts.allowed(it.Kind) {
			refuse = append(refuse, it)
		}
	}
	if len(refuse) > 0 {
		return &RefusedError{Items: refuse}
	}
	return nil
}

// Result is the version to publish, before its page numbers.
type Result struct {
	// DOCX is the document to publish; its contents lists Contents
	// without page numbers until WithPages fills them in.
	DOCX     []byte
	Contents []string
	Title    string
	// Items are the open items, those the options allowed included.
	Items []Item
	// Accepted counts the tracked changes accepted; DroppedComments the
	// reviewers' open comments dropped.
	Accepted, DroppedComments int
	// Edits are the edits register's lines.
	Edits []Edit
}

// Review lists the open items of the edited draft.
func Review(edited []byte) (items []Item, err error) {
	defer func() {
		if p := recover(); p != nil { // a fault of ours on an odd file costs the publish, not the process
			items, err = nil, fmt.Errorf("publish: internal error on this file: %v", p)
		}
	}()
	v, err := readView(edited)
	if err != nil {
		return nil, err
	}
	return v.review(), nil
}

// Prepare makes the version to publish from the reviewers' edited draft.
// fresh is a draft of the current statements (as run writes it), the
// record of what the agencies sent that the edits register compares
// with. It fails with a *RefusedError when open items remain that opts do
// not allow, and with ErrNotDraft when edited is not a reportpipe draft.
func Prepare(edited, fresh []byte, opts Options) (res *Result, err error) {
	defer func() {
		if p := recover(); p != nil { // a fault of ours on an odd file costs the publish, not the process
			res, err = nil, fmt.Errorf("publish: internal error on this file: %v", p)
		}
	}()
	v, err := readView(edited)
	if err != nil {
		return nil, err
	}
	fr, err := readView(fresh)
	if err != nil {
		return nil, fmt.Errorf("publish: the draft of the current statements: %w", err)
	}
	res = &Result{Items: v.review(), Title: v.title()}
	if err := Refusal(res.Items, opts); err != nil {
		return nil, err
	}
	for _, it := range res.Items {
		switch it.Kind {
		case OpenComment:
			res.DroppedComments++
		case TrackedChange:
			res.Accepted++ // those in review furniture go with it, uncounted
		}
	}
	acceptAll(v.body)
	v.removeComments(v.readComments())
	v.removeBlocks(v.furniture(v.locate()))
	res.Edits = v.register(sentTexts(fr))
	v.removeRecord()
	v.unmarkHeaders()
	v.markAccessible(res.Title)
	hs := v.outline()
	for _, h := range hs {
		res.Contents = append(res.Contents, h.text)
	}
	v.rebuildContents(hs, nil)
	v.save()
	if res.DOCX, err = v.p.Bytes(); err != nil {
		return nil, err
	}
	return res, nil
}

// WithPages fills the page numbers into the contents of a document
// Prepare made, pages in the order of Result.Contents.
func WithPages(published []byte, pages []int) ([]byte, error) {
	v, err := readDoc(published)
	if err != nil {
		return nil, err
	}
	v.rebuildContents(v.outline(), pages)
	v.save()
	return v.p.Bytes()
}

// title is the report's title: the record's, else the Title paragraph's.
func (v *view) title() string {
	if v.rec != nil && v.rec.Title != "" {
		return v.rec.Title
	}
	for _, n := range v.blocks() {
		if v.st.styleName(n) == "title" {
			return strings.TrimSpace(n.plain())
		}
	}
	return ""
}

var errNoBody = errors.New("word/document.xml has no body")
