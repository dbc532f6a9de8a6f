package analysis

import (
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// corpus is the statements prepared once for every analysis: each placed
// block with its citation and text, so no analysis repeats the lookups.
type corpus struct {
	stmts []*stmtView
}

// stmtView is one statement as the analyses read it.
type stmtView struct {
	agency string
	files  []string
	items  []item // every placement, in reading order
}

// item is one placed block with where it came from.
type item struct {
	p     model.Placement
	cite  model.Citation
	text  string
	lower string // text lower-cased, for cheap checks before a regexp
}

// content reports whether the item is agency content (not a title or a
// heading), which is what word counts and figures read.
func (it item) content() bool { return !it.p.IsHeading() }

func newCorpus(stmts []*model.Statement) *corpus {
	c := &corpus{}
	for _, s := range stmts {
		if s != nil {
			c.stmts = append(c.stmts, newStmtView(s))
		}
	}
	return c
}

func newStmtView(s *model.Statement) *stmtView {
	v := &stmtView{agency: s.Agency}
	fileOf := map[model.Block]string{}
	for _, d := range s.Documents {
		if d == nil {
			continue
		}
		v.files = append(v.files, d.Source.Path)
		for _, b := range d.Blocks {
			fileOf[b] = d.Source.Path
		}
	}
	for _, p := range s.Placements {
		if p.Block == nil {
			continue
		}
		pos, text := p.Block.Pos(), p.Block.PlainText()
		file, ok := fileOf[p.Block]
		if !ok && len(v.files) > 0 {
			file = v.files[0]
		}
		v.items = append(v.items, item{
			p:     p,
			text:  text,
			lower: strings.ToLower(text),
			cite:  model.Citation{Agency: s.Agency, Section: p.Section, File: file, Page: pos.Page, Index: pos.Index},
		})
	}
	return v
}

// section returns the content items the statement placed in section k.
func (v *stmtView) section(k model.SectionKey) []item {
	var out []item
	for _, it := range v.items {
		if it.p.Section == k && it.content() {
			out = append(out, it)
		}
	}
	return out
}

// wordCount counts runs of letters or digits, the way a reader counts words.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		// An apostrophe inside a word keeps it one word ("child's").
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || (in && (r == '\'' || r == '’'))
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// words totals the words of items.
func words(items []item) int {
	n := 0
	for _, it := range items {
		n += wordCount(it.text)
	}
	return n
}

// cites returns the citations of items.
func cites(items []item) []model.Citation {
	out := make([]model.Citation, 0, len(items))
	for _, it := range items {
		out = append(out, it.cite)
	}
	return out
}

// agencyKey is an agency name as people write it, as a map key: case and
// spacing do not matter, so two names have the same key exactly when
// strings.EqualFold holds for them with their spaces collapsed. Each letter
// becomes the smallest of the letters case folding makes equal to it (the
// orbit strings.EqualFold compares by).
func agencyKey(name string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, strings.Join(strings.Fields(name), " "))
}
