package markdown

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Options say how a chapter's pictures are found.
type Options struct {
	// Picture returns the bytes and media type of a picture the chapter
	// names (its path as written); ok false when there is none. Nil: a
	// picture keeps its alternative text and a warning says it was not found.
	Picture func(dest string) (data []byte, contentType string, ok bool)
}

// Extractor reads Markdown chapters.
type Extractor struct{ opts Options }

// New returns a Markdown extractor.
func New(opts Options) *Extractor { return &Extractor{opts: opts} }

// parser is built on first use, not at start-up: commands that read no
// chapter do not pay for it.
var parser = sync.OnceValue(func() gparser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote, extension.Strikethrough)).Parser()
})

// Extract reads data as Markdown. It refuses only a file that is not text.
func (e *Extractor) Extract(ctx context.Context, data []byte) (doc *model.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, model.Reject(fmt.Errorf("%w: markdown reader panic: %v", model.ErrCorrupt, p),
				"the Markdown file could not be read", "Save it again as plain text (UTF-8) and try again")
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root := parser().Parse(text.NewReader(data))
	w := &walker{src: data, opts: e.opts, notes: footnotes(root, data)}
	w.blocks(root, 0)
	doc = &model.Document{Blocks: w.out, Warnings: w.warnings}
	for i, b := range doc.Blocks {
		model.SetIndex(b, i)
	}
	return doc, nil
}

// walker turns the AST's blocks into model blocks in document order.
type walker struct {
	src      []byte
	opts     Options
	out      []model.Block
	warnings []string
	// notes are the footnotes' texts by their index.
	notes map[int]string
	// lists counts the lists met, to name each one.
	lists int
	// quoted is how many block quotes the walk is inside.
	quoted int
}

// blocks walks the block children of n; depth is the list depth.
func (w *walker) blocks(n ast.Node, depth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c, depth)
	}
}

func (w *walker) block(n ast.Node, depth int) {
	switch v := n.(type) {
	case *ast.Heading:
		spans := w.inlines(v)
		w.out = append(w.out, &model.Heading{Level: v.Level, Text: joinSpans(spans), Spans: plainless(spans)})
	case *ast.Paragraph, *ast.TextBlock:
		w.paragraph(v)
	case *ast.List:
		w.list(v, depth)
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
		if t := strings.TrimRight(lines(v, w.src), "\n"); t != "" {
			w.out = append(w.out, &model.Paragraph{Text: t})
		}
	case *extast.Table:
		w.out = append(w.out, w.table(v))
	case *extast.FootnoteList, *ast.ThematicBreak:
		// footnotes stand at their marks; a rule carries no text
	case *ast.Blockquote:
		w.quoted++
		w.blocks(n, depth) // its paragraphs are quotations
		w.quoted--
	default:
		w.blocks(n, depth) // other containers: their content
	}
}

func (w *walker) paragraph(n ast.Node) {
	spans := w.inlines(n)
	if len(spans) == 0 {
		return
	}
	p := &model.Paragraph{Text: joinSpans(spans), Spans: plainless(spans)}
	if w.quoted > 0 {
		p.Style = model.StyleQuote
	}
	w.out = append(w.out, p)
}

// list writes each item's first paragraph as a list item and what else
// the item holds after it (nested lists one deeper).
func (w *walker) list(l *ast.List, depth int) {
	w.lists++
	id := fmt.Sprintf("md%d", w.lists)
	first := true
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		c := item.FirstChild()
		li := &model.ListItem{Depth: depth, Ordered: l.IsOrdered(), List: id}
		if first && l.IsOrdered() && l.Start != 1 {
			li.Start = l.Start
		}
		first = false
		if c != nil && (c.Kind() == ast.KindParagraph || c.Kind() == ast.KindTextBlock) {
			spans := w.inlines(c)
			li.Text, li.Spans = joinSpans(spans), plainless(spans)
			c = c.NextSibling()
		}
		w.out = append(w.out, li)
		for ; c != nil; c = c.NextSibling() {
			w.block(c, depth+1)
		}
	}
}

func (w *walker) table(t *extast.Table) *model.Table {
	tb := &model.Table{}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, joinSpans(w.inlines(cell)))
		}
		tb.Rows = append(tb.Rows, cells)
	}
	return tb
}

// lines is a code or HTML block's text as written.
func lines(n ast.Node, src []byte) string {
	var sb strings.Builder
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		seg := l.At(i)
		sb.Write(seg.Value(src))
	}
	return sb.String()
}
