package update

import (
	"errors"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx"
)

// body is a document.xml with its body's children and where each
// provenance bookmark now stands.
type body struct {
	x *xdoc
	// kids are the body's direct children (paragraphs, tables, ...) in
	// order, without the final w:sectPr.
	kids []int
	// at maps a bookmark name to the index in kids of the child holding it;
	// marks counts the provenance bookmarks in each child.
	at    map[string]int
	marks []int
	// sectPr is the body's closing section properties, -1 when missing.
	sectPr int
}

var errNoBody = errors.New("word/document.xml has no w:body")

func readBody(documentXML []byte) (*body, error) {
	x, err := scan(documentXML)
	if err != nil {
		return nil, err
	}
	bi := x.find("w:body", 0)
	if bi < 0 {
		return nil, errNoBody
	}
	b := &body{x: x, at: map[string]int{}, sectPr: -1}
	for _, k := range x.children(bi) {
		if x.toks[k].name == "w:sectPr" {
			b.sectPr = k
			continue
		}
		b.kids = append(b.kids, k)
	}
	b.marks = make([]int, len(b.kids))
	for ki, k := range b.kids {
		for j := k; j <= x.toks[k].match; j++ {
			if x.toks[j].start && x.toks[j].name == "w:bookmarkStart" {
				name := x.attr(j, "w:name")
				if !strings.HasPrefix(name, docx.BookmarkPrefix) {
					continue
				}
				if _, dup := b.at[name]; !dup {
					b.at[name] = ki
					b.marks[ki]++
				}
			}
		}
	}
	return b, nil
}

// text is what element i reads as, the way the writer hashed it: a
// paragraph's text (w:tab a tab, w:br and w:cr a newline, deleted text left
// out), a table's cells joined by tabs and rows by newlines.
func (x *xdoc) text(i int) string {
	switch x.toks[i].name {
	case "w:tbl":
		var rows []string
		for _, tr := range x.children(i) {
			if x.toks[tr].name != "w:tr" {
				continue
			}
			var cells []string
			for _, tc := range x.children(tr) {
				if x.toks[tc].name == "w:tc" {
					cells = append(cells, x.cellText(tc))
				}
			}
			rows = append(rows, strings.Join(cells, "\t"))
		}
		return strings.Join(rows, "\n")
	}
	var b strings.Builder
	inT := false
	for j := i; j <= x.toks[i].match; j++ {
		t := x.toks[j]
		switch {
		case t.text && inT:
			b.WriteString(t.data)
		case t.start && t.name == "w:t":
			inT = !t.end
		case t.end && !t.start && t.name == "w:t":
			inT = false
		case t.start && t.name == "w:tab" && x.toks[t.parent].name == "w:r":
			b.WriteByte('\t')
		case t.start && (t.name == "w:br" && brIsLine(x, j) || t.name == "w:cr"):
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func (x *xdoc) cellText(tc int) string {
	var paras []string
	for _, k := range x.children(tc) {
		if n := x.toks[k].name; n == "w:p" || n == "w:tbl" {
			paras = append(paras, x.text(k))
		}
	}
	return strings.Join(paras, "\n")
}

// brIsLine: a page or column break is layout, not text.
func brIsLine(x *xdoc, j int) bool {
	typ := x.attr(j, "w:type")
	return typ == "" || typ == "textWrapping"
}

// tracked reports whether element i holds tracked changes or change
// records of its own (a reviewer's, since a fresh draft has none).
func (x *xdoc) tracked(i int) bool {
	for j := i; j <= x.toks[i].match; j++ {
		if !x.toks[j].start {
			continue
		}
		switch x.toks[j].name {
		case "w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange", "w:sectPrChange":
			return true
		}
	}
	return false
}

// onlyTrackedBy reports whether every tracked change in element i is by
// author (a paragraph holding only reportpipe's unreviewed changes).
func (x *xdoc) onlyTrackedBy(i int, author string) bool {
	for j := i; j <= x.toks[i].match; j++ {
		if t := x.toks[j]; t.start && (t.name == "w:ins" || t.name == "w:del") && x.attr(j, "w:author") != author {
			return false
		}
	}
	return true
}
