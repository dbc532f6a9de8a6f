package publish

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// Edit is one line of the edits register: an agency paragraph the
// reviewers changed, removed or added.
type Edit struct {
	Agency string `json:"agency"`
	Where  Where  `json:"where"`
	Kind   string `json:"kind"` // EditChanged, EditRemoved or EditAdded
	// Sent is the agency's text as it sent it ("" for an added paragraph,
	// or when the submission it came from is no longer there: Unknown).
	Sent string `json:"sent,omitempty"`
	// Published is the text in the version to publish ("" when removed).
	Published string `json:"published,omitempty"`
	// Words are the word-level differences from Sent to Published.
	Words []update.Op `json:"-"`
	// Unknown: the text the agency sent could not be found among the
	// current submissions (it changed since the draft was made).
	Unknown bool `json:"unknown,omitempty"`
}

// The kinds of Edit.
const (
	EditChanged = "changed"
	EditRemoved = "removed"
	EditAdded   = "added"
)

// sentTexts reads the fresh draft of the current statements: per agency,
// the text of each recorded paragraph by its hash. A paragraph of the
// edited draft whose recorded hash is found there is known to be the
// agency's text as sent, word for word.
func sentTexts(fresh *view) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, n := range fresh.blocks() {
		text := n.plain()
		for _, m := range fresh.marksIn(n) {
			if out[m.agency] == nil {
				out[m.agency] = map[string]string{}
			}
			out[m.agency][m.e.Hash] = text
		}
	}
	return out
}

// sentText is what the agency sent for a recorded paragraph: the text the
// draft recorded with it, or (a draft made before texts were recorded)
// the current statements' text with the same hash.
func sentText(m entryOf, sent map[string]map[string]string) (string, bool) {
	if m.e.Text != "" {
		return m.e.Text, true
	}
	t, ok := sent[m.agency][m.e.Hash]
	return t, ok
}

// register compares each agency paragraph the edited draft recorded with
// what the agency sent, in report order, and lists the paragraphs the
// reviewers added inside a statement. It runs on the edited draft once
// its changes are accepted and its furniture removed, before its
// bookmarks go.
func (v *view) register(sent map[string]map[string]string) []Edit {
	var out []Edit
	seen := map[*node]bool{}
	where := map[string]Where{}   // statement heading for removed paragraphs
	titles := map[string]string{} // agency + section key -> the section's heading
	for _, pl := range v.locate() {
		marks := v.marksIn(pl.n)
		if pl.agency != "" {
			if _, ok := where[pl.agency]; !ok {
				where[pl.agency] = Where{Statement: pl.where.Statement}
			}
		}
		for _, m := range marks {
			if m.e.Kind == provenance.KindSection {
				titles[m.agency+"\x00"+m.e.Section] = strings.TrimSpace(pl.n.plain())
			}
		}
		var blocks []entryOf
		for _, m := range marks {
			if m.e.Kind == provenance.KindBlock {
				blocks = append(blocks, m)
			}
		}
		switch {
		case len(blocks) > 0:
			seen[pl.n] = true
			if e, ok := changed(pl, blocks, sent); ok {
				out = append(out, e)
			}
		case pl.agency != "" && len(marks) == 0 && strings.TrimSpace(pl.n.plain()) != "":
			out = append(out, Edit{Agency: pl.agency, Where: pl.where, Kind: EditAdded, Published: pl.n.plain()})
		}
	}
	return append(out, v.removed(seen, where, titles, sent)...)
}

// changed compares a block holding the recorded paragraphs blocks (more
// than one when a reviewer joined paragraphs) with what was sent.
func changed(pl placed, blocks []entryOf, sent map[string]map[string]string) (Edit, bool) {
	var was []string
	unknown := false
	for _, b := range blocks {
		t, ok := sentText(b, sent)
		unknown = unknown || !ok
		was = append(was, t)
	}
	now := pl.n.plain()
	e := Edit{Agency: blocks[0].agency, Where: pl.where, Kind: EditChanged, Published: now, Unknown: unknown}
	if unknown {
		return e, provenance.TextHash(now) != blocks[0].e.Hash || len(blocks) > 1
	}
	e.Sent = strings.Join(was, " ")
	if provenance.Normalize(e.Sent) == provenance.Normalize(now) {
		return e, false
	}
	e.Words = update.DiffWords(e.Sent, now)
	return e, true
}

// removed lists the recorded agency paragraphs no block holds any more.
func (v *view) removed(seen map[*node]bool, where map[string]Where, titles map[string]string, sent map[string]map[string]string) []Edit {
	present := map[string]bool{}
	for n := range seen {
		for _, m := range v.marksIn(n) {
			present[m.e.ID] = true
		}
	}
	var out []Edit
	for _, s := range v.rec.Statements {
		for _, e := range s.Entries {
			if e.Kind != provenance.KindBlock || present[e.ID] {
				continue
			}
			t, ok := sentText(entryOf{agency: s.Agency, e: e}, sent)
			w := where[s.Agency]
			w.Section = titles[s.Agency+"\x00"+e.Section]
			if w.Section == "" {
				w.Section = sectionTitle(e.Section)
			}
			out = append(out, Edit{Agency: s.Agency, Where: w, Kind: EditRemoved, Sent: t, Unknown: !ok})
		}
	}
	return out
}

// sectionTitle names a template section key for a removed paragraph,
// whose section heading may have gone with it.
func sectionTitle(key string) string {
	if key == "" {
		return ""
	}
	return "section " + key
}
