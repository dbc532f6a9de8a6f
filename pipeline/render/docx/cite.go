package docx

import (
	"slices"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// citeRef names a block as citations do: its file and index.
type citeRef struct {
	file  string
	index int
}

// citeMarks links the analysis to the statements and the board's chapters:
// Part 7 and each chapter put a bookmark on each block the analysis cites
// (and note the one on each agency's and chapter's heading), and the
// analysis then writes each citation as a link to it, shown as the agency
// and section or the chapter and paragraph, never as a file name and block
// number.
type citeMarks struct {
	cited  map[citeRef]bool
	placed map[citeRef]string
	agency map[string]string
	// chapter holds the bookmark on each board chapter's part heading, by
	// the chapter's title, for a cited block not found in it.
	chapter map[string]string
	n       int
}

// prepareCites lists the blocks the analysis shown cites.
func (w *writer) prepareCites() {
	m := &w.cites
	m.cited, m.placed, m.agency, m.chapter = map[citeRef]bool{}, map[citeRef]string{}, map[string]string{}, map[string]string{}
	if w.r.Analysis == nil {
		return
	}
	add := func(cs []model.Citation) {
		for _, c := range cs {
			m.cited[citeRef{c.File, c.Index}] = true
		}
	}
	for _, p := range append(w.analysisParts(), w.evidenceParts()...) { // the appendix cites too
		for _, f := range p.Findings {
			add(f.Citations)
		}
		for _, cs := range p.TableCites {
			add(cs)
		}
	}
}

// citeMark is the bookmark to put on an item of Part 7, or "" when the
// analysis does not cite it.
func (w *writer) citeMark(it layout.Item) string {
	if it.Block == nil {
		return ""
	}
	return w.citeMarkAt(citeRef{it.Source.Path, it.Block.Pos().Index})
}

// citeMarkAt is the bookmark to put on the block ref names (a statement's
// or a board chapter's), or "" when the analysis does not cite it or it
// has its bookmark already.
func (w *writer) citeMarkAt(ref citeRef) string {
	if !w.cites.cited[ref] || w.cites.placed[ref] != "" {
		return ""
	}
	w.cites.n++
	name := "_Ref" + strconv.Itoa(w.cites.n)
	w.cites.placed[ref] = name
	return name
}

// citeRuns writes citations as links, one per agency and section ("SEPT,
// Key Successes"; the section alone where the text beside them names the
// agency), each to the first cited block of that section, or to the
// agency's heading when the block is not in Part 7 (a section heading
// replaced by the template's title).
func (w *writer) citeRuns(cs []model.Citation, beside string) []run {
	var out []run
	seen := map[string]bool{}
	for _, c := range cs {
		label := layout.CiteLabel(w.r, c, citeWithName(c, beside))
		if seen[label] {
			continue
		}
		seen[label] = true
		anchor := w.cites.placed[citeRef{c.File, c.Index}]
		if anchor == "" && c.Chapter != "" {
			anchor = w.cites.chapter[c.Chapter]
		} else if anchor == "" {
			anchor = w.cites.agency[c.Agency]
		}
		if len(out) > 0 {
			out = append(out, run{Text: "; "})
		}
		out = append(out, run{Text: label, Anchor: anchor})
	}
	return out
}

// citeWithName reports whether a citation's label must name its agency
// or chapter: when the text beside it does not.
func citeWithName(c model.Citation, beside string) bool {
	if c.Chapter != "" {
		return !strings.Contains(beside, c.Chapter)
	}
	return c.Agency != "" && !strings.Contains(beside, c.Agency)
}

// namedLinks writes text with each cited agency's name in it as the link
// to its cited block, for a finding that names several agencies ("Early
// help: A; B"), where one section label after it could link to only one.
// ok is false when the citations are of one agency or name one the text
// does not hold; the caller then adds citeRuns after the text.
func (w *writer) namedLinks(text string, cs []model.Citation) (out []run, ok bool) {
	first := map[string]model.Citation{}
	var names []string
	for _, c := range cs {
		if _, seen := first[c.Agency]; !seen && c.Agency != "" {
			first[c.Agency] = c
			names = append(names, c.Agency)
		}
	}
	if len(names) < 2 {
		return nil, false
	}
	at := 0
	for at < len(text) {
		next, name := len(text), ""
		for _, n := range names {
			if i := strings.Index(text[at:], n); i >= 0 && at+i < next {
				next, name = at+i, n
			}
		}
		if next > at {
			out = append(out, run{Text: text[at:next]})
		}
		if name == "" {
			break
		}
		c := first[name]
		anchor := w.cites.placed[citeRef{c.File, c.Index}]
		if anchor == "" {
			anchor = w.cites.agency[name]
		}
		out = append(out, run{Text: name, Anchor: anchor})
		delete(first, name)
		names = slices.DeleteFunc(names, func(n string) bool { return n == name })
		at = next + len(name)
	}
	return out, len(first) == 0
}
