package publish

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/analysis"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// Kind is a kind of open item: something in the reviewers' copy that
// still needs a decision before it can be published.
type Kind string

// The kinds, in the order the list shows them.
const (
	TrackedChange Kind = "tracked change"
	OpenComment   Kind = "open comment"
	PersonalData  Kind = "personal data"
	Awaited       Kind = "statement awaited"
	Unplaced      Kind = "text not placed"
	NoAltText     Kind = "picture without alt text"
)

// Kinds lists every kind in order.
var Kinds = []Kind{TrackedChange, OpenComment, PersonalData, Awaited, Unplaced, NoAltText}

// Item is one open item: its kind, where it is and what it says.
type Item struct {
	Kind  Kind   `json:"kind"`
	Where Where  `json:"where"`
	What  string `json:"what"`
}

func (it Item) String() string { return fmt.Sprintf("%s, %s: %s", it.Kind, it.Where, it.What) }

// review lists the open items of v, in body order within each kind.
// What publishing removes anyway (reportpipe's review furniture, with any
// change a reviewer or update made in it) needs no decision.
func (v *view) review() []Item {
	by := map[Kind][]Item{}
	cm := v.readComments()
	pls := v.locate()
	furniture := v.furniture(pls)
	for _, pl := range pls {
		if furniture[pl.n] {
			continue
		}
		add := func(k Kind, what string) { by[k] = append(by[k], Item{Kind: k, Where: pl.where, What: what}) }
		for _, c := range changesIn(pl.n) {
			add(TrackedChange, c)
		}
		for _, id := range commentIDs(pl.n) {
			if c, ok := cm.byID[id]; ok && c.open() {
				add(OpenComment, c.author+": "+excerpt(c.text))
			}
		}
		text := pl.n.plain()
		if pl.agency != "" && pl.level == 0 && v.kindOf(pl.n) != provenance.KindSource {
			for _, f := range analysis.PersonalData(pl.agency, text) {
				add(PersonalData, fmt.Sprintf("%q (%s)", f.Text, strings.ReplaceAll(string(f.Kind), "_", " ")))
			}
		}
		if strings.TrimSpace(text) == layout.AwaitedText {
			add(Awaited, text)
		}
		if pl.part == docx.UnplacedHeading && pl.level == 0 && strings.TrimSpace(text) != "" && v.kindOf(pl.n) == provenance.KindBlock {
			add(Unplaced, excerpt(text))
		}
		for _, pic := range picturesIn(pl.n) {
			if pic.alt == "" && !pic.decorative {
				add(NoAltText, "picture "+quoteName(pic.name))
			}
		}
	}
	var out []Item
	for _, k := range Kinds {
		out = append(out, by[k]...)
	}
	return out
}

// excerpt shortens a text for a line of the list.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 90 {
		return "\u201c" + s + "\u201d"
	}
	r := []rune(s)
	return "\u201c" + string(r[:87]) + "...\u201d"
}

func quoteName(s string) string {
	if s == "" {
		return "(no name)"
	}
	return "\u201c" + s + "\u201d"
}
