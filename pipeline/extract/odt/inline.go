package odt

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxSpaces bounds text:s c="…", so a tiny element cannot expand into
// megabytes of spaces.
const maxSpaces = 100

// inlineResult is a paragraph's text and where in walker.blocks the blocks
// of frames anchored inside it begin.
type inlineResult struct {
	text string
	mark int
	// spans are set when the paragraph holds a picture (see frame).
	spans []model.Span
}

// inlineState builds a paragraph's text with the OpenDocument white-space
// rule: runs of spaces, tabs and newlines in the XML text collapse to one
// space and are dropped at the start; text:s, text:tab and text:line-break
// give the spaces, tabs and breaks the author typed. It counts visible
// characters in bold and not, for heading candidates.
type inlineState struct {
	sb          strings.Builder
	space       bool
	bold, plain int
	// spans are the text with its formatting, footnote marks and pictures
	// up to flushed; cur is the formatting of the text after flushed, and
	// italic and link the formatting in force (bold is passed down).
	spans   []model.Span
	flushed int
	cur     model.Span
	italic  bool
	link    string
}

func (st *inlineState) chars(b []byte, isBold bool) {
	st.format(model.Span{Bold: isBold, Italic: st.italic, Link: st.link})
	for _, c := range string(b) {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if !st.space {
				st.sb.WriteByte(' ')
				st.space = true
			}
			continue
		}
		st.sb.WriteRune(c)
		st.space = false
		if isBold {
			st.bold++
		} else {
			st.plain++
		}
	}
}

// inline reads the content of a text:p or text:h whose start was just read.
// allBold is true when every visible character is bold, by the paragraph's
// style or its spans'.
func (w *walker) inline(pstyle string) (res inlineResult, allBold bool, err error) {
	st := &inlineState{space: true}
	mark := len(w.blocks)
	err = w.inlineChildren(st, bold(w.styles.para, pstyle) == on)
	return inlineResult{text: st.sb.String(), mark: mark, spans: st.finish()}, st.bold > 0 && st.plain == 0, err
}

func (w *walker) inlineChildren(st *inlineState, isBold bool) error {
	return w.r.each(
		func(se xml.StartElement) error { return w.inlineElem(st, se, isBold) },
		func(b []byte) { st.chars(b, isBold) })
}

// inlineElem reads one element inside a paragraph. Unknown elements are read
// through (fields, links, bookmarks and the like show their text as plain
// character data); notes, comments and hidden or phonetic text are skipped.
func (w *walker) inlineElem(st *inlineState, se xml.StartElement, isBold bool) error {
	switch {
	case is(se, nsText, "s"):
		n, err := strconv.Atoi(attr(se, nsText, "c"))
		if err != nil || n < 1 {
			n = 1
		}
		st.sb.WriteString(strings.Repeat(" ", min(n, maxSpaces)))
		st.space = false
	case is(se, nsText, "tab"):
		st.sb.WriteByte('\t')
		st.space = false
	case is(se, nsText, "line-break"):
		st.sb.WriteByte('\n')
		st.space = true
	case is(se, nsText, "span"):
		name := attr(se, nsText, "style-name")
		switch bold(w.styles.text, name) {
		case on:
			isBold = true
		case off:
			isBold = false
		}
		saved := st.italic
		if it := italic(w.styles.text, name); it != unset {
			st.italic = it == on
		}
		err := w.inlineChildren(st, isBold)
		st.italic = saved
		return err
	case is(se, nsText, "a"):
		saved := st.link
		st.link = attr(se, nsXLink, "href")
		err := w.inlineChildren(st, isBold)
		st.link = saved
		return err
	case is(se, nsText, "note"):
		return w.note(st)
	case skippedInline(se):
		return w.r.skip()
	case is(se, nsDraw, "frame"):
		return w.frame(se, st)
	case se.Name.Space == nsDraw:
		return w.drawing(se)
	default:
		return w.inlineChildren(st, isBold)
	}
	return w.r.skip()
}

// skippedInline lists the inline elements whose content is not body text:
// footnotes and endnotes, comments, hidden text, ruby readings, tracked
// change regions and form controls.
func skippedInline(se xml.StartElement) bool {
	switch se.Name.Space {
	case nsText:
		switch se.Name.Local {
		case "note", "tracked-changes", "hidden-text", "ruby-text", "soft-page-break":
			return true
		}
	case nsOffice:
		return se.Name.Local == "annotation" || se.Name.Local == "annotation-end"
	case nsTable:
		return true
	}
	return false
}
