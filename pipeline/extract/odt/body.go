package odt

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// candidateMaxWords is how long a bold-only line may be and still be offered
// to mapping as a possible heading (as the DOCX reader does).
const candidateMaxWords = 15

// walker turns the body of content.xml into blocks. blocks collects the
// output in reading order; lists remembers list styles by xml:id for
// text:continue-list, and lastList the style of the latest top-level list
// for text:continue-numbering.
type walker struct {
	r        *reader
	styles   *styleSheet
	blocks   []model.Block
	lists    map[string]string
	lastList string
	cells    int // table cells laid out so far, against maxCells
	// maxBlocks: past it the walk stops at once, since the document will be
	// refused as far longer than a statement anyway.
	maxBlocks int
	// listSeq counts top-level lists, curListID names the latest, and
	// listIDs the named ones by xml:id, for list identity.
	listSeq   int
	curListID string
	listIDs   map[string]string
	// media reads a picture's part (Pictures/...) from the package.
	media func(href string) ([]byte, bool)
}

// document reads content.xml: its automatic styles, then office:text. A
// part with no office:text (a spreadsheet's, say) ends with no blocks.
func (w *walker) document() error {
	for {
		tok, err := w.r.next()
		if err == errUnclosed {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case is(se, nsOffice, "automatic-styles"):
			err = w.styles.parseStyles(w.r)
		case is(se, nsOffice, "text"):
			return w.container()
		case is(se, nsOffice, "document-content"), is(se, nsOffice, "body"):
			// descend: the next tokens are their children
		default:
			err = w.r.skip()
		}
		if err != nil {
			return err
		}
	}
}

// container reads the block-level children of the element just started.
func (w *walker) container() error {
	return w.r.each(w.block, nil)
}

// block reads one block-level element. Elements that hold no body text
// (footnote bodies appear only inline; tracked changes hold deleted text;
// indexes repeat the headings) are skipped.
func (w *walker) block(se xml.StartElement) error {
	if w.maxBlocks > 0 && len(w.blocks) > w.maxBlocks {
		return extract.RejectTooManyBlocks(w.maxBlocks)
	}
	switch {
	case is(se, nsText, "h"):
		return w.heading(se)
	case is(se, nsText, "p"):
		return w.paragraph(se, listCtx{})
	case is(se, nsText, "list"):
		return w.list(se, 0, "")
	case is(se, nsText, "numbered-paragraph"):
		return w.numberedParagraph(se)
	case is(se, nsTable, "table"):
		return w.table()
	case is(se, nsText, "section"), is(se, nsText, "index-body"), is(se, nsOffice, "text"):
		return w.container()
	case se.Name.Space == nsDraw:
		return w.drawing(se)
	}
	return w.r.skip()
}

// heading reads a text:h; its outline level (default 1) is the level.
func (w *walker) heading(se xml.StartElement) error {
	lvl, err := strconv.Atoi(attr(se, nsText, "outline-level"))
	if err != nil || lvl < 1 {
		lvl = 1
	}
	text, _, err := w.inline(attr(se, nsText, "style-name"))
	if err != nil {
		return err
	}
	w.emit(func(t string) model.Block { return &model.Heading{Level: lvl, Text: t} }, text)
	return nil
}

// paragraph reads a text:p, outside a list (lc zero) or as a list item.
func (w *walker) paragraph(se xml.StartElement, lc listCtx) error {
	pstyle := attr(se, nsText, "style-name")
	text, allBold, err := w.inline(pstyle)
	if err != nil {
		return err
	}
	w.emit(func(t string) model.Block { return w.classify(t, pstyle, allBold, lc) }, text)
	return nil
}

// emit appends the block make builds from text, unless text is blank. It is
// called once the paragraph's inline content (and any floating frames read
// from it, already in w.blocks after the mark) is known; the block goes
// before those frames' blocks, since the frame is anchored in it.
func (w *walker) emit(make func(string) model.Block, in inlineResult) {
	text := strings.TrimSpace(in.text)
	floating := append([]model.Block(nil), w.blocks[in.mark:]...)
	w.blocks = w.blocks[:in.mark]
	switch {
	case text != "" && in.spans != nil:
		w.blocks = append(w.blocks, withSpans(make(text), in.spans))
	case text != "":
		w.blocks = append(w.blocks, make(text))
	case in.spans != nil: // a paragraph holding only a picture
		w.blocks = append(w.blocks, &model.Paragraph{Spans: in.spans})
	}
	w.blocks = append(w.blocks, floating...)
}

// classify decides what a paragraph is: a heading by its style, a list item
// inside a list, a heading candidate when short and all bold, else running
// text.
func (w *walker) classify(text, pstyle string, allBold bool, lc listCtx) model.Block {
	if lvl := w.styles.headingLevel(pstyle); lvl > 0 {
		return &model.Heading{Level: lvl, Text: text}
	}
	if lc.in {
		ls := lc.style
		if ls == "" {
			ls = w.styles.paraListStyle(pstyle)
		}
		return &model.ListItem{Text: text, Depth: lc.depth, Ordered: w.styles.ordered(ls, lc.depth+1), List: lc.id, Start: lc.start}
	}
	if allBold && isShortLine(text) {
		return &model.Heading{Candidate: true, Text: text}
	}
	return &model.Paragraph{Text: text, Style: w.styles.paraStyle(pstyle)}
}

// isShortLine: few words and no closing full stop, as a heading reads.
func isShortLine(text string) bool {
	return !strings.HasSuffix(text, ".") && len(strings.Fields(text)) <= candidateMaxWords
}

// drawing reads a shape or frame anchored in the text: the first text box
// of a frame (a frame may hold other representations of the same thing,
// such as a replacement image), and the paragraphs of shapes and groups.
// Image titles and descriptions are not body text.
func (w *walker) drawing(se xml.StartElement) error {
	if is(se, nsDraw, "frame") {
		read := false
		return w.r.each(func(c xml.StartElement) error {
			if is(c, nsDraw, "text-box") && !read {
				read = true
				return w.container()
			}
			return w.r.skip()
		}, nil)
	}
	if is(se, nsDraw, "image") || is(se, nsDraw, "object") || is(se, nsDraw, "object-ole") {
		return w.r.skip()
	}
	return w.r.each(func(c xml.StartElement) error {
		switch {
		case c.Name.Space == nsDraw, is(c, nsText, "p"), is(c, nsText, "h"), is(c, nsText, "list"), is(c, nsTable, "table"):
			return w.block(c)
		}
		return w.r.skip()
	}, nil)
}
