package markdown

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// Options tune the Markdown.
type Options struct {
	// LowConfidence: placements under it get a "Check" note
	// (layout.DefaultLowConfidence when 0).
	LowConfidence float64
}

// Renderer writes Markdown.
type Renderer struct{ opts Options }

// New returns a Markdown renderer.
func New(opts Options) *Renderer { return &Renderer{opts: opts} }

// Ext is the output file extension.
func (*Renderer) Ext() string { return "md" }

// Render writes r as Markdown.
func (rd *Renderer) Render(w io.Writer, r *model.Report) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	mw := &writer{w: bw, r: r, low: rd.opts.LowConfidence}
	mw.titlePage()
	if r.HasOutline() {
		mw.wholeReport()
	} else {
		mw.statements()
		mw.analysis()
	}
	mw.unmappedAppendix()
	mw.filesAppendix()
	return bw.Flush()
}

type writer struct {
	w   *bufio.Writer
	r   *model.Report
	low float64
	// analysisTitle is the analysis heading the outline numbers ("" for
	// the plain one).
	analysisTitle string
}

// block writes a Markdown block followed by a blank line.
func (m *writer) block(s string) {
	m.w.WriteString(s)
	m.w.WriteString("\n\n")
}

func (m *writer) heading(level int, s string) {
	m.block(strings.Repeat("#", level) + " " + text(s, ""))
}

// check writes a note for the reviewer.
func (m *writer) check(note string) {
	m.block("> **Check:** " + text(note, "> "))
}

func (m *writer) titlePage() {
	meta := m.r.Meta
	m.heading(1, meta.Title)
	m.block(fmt.Sprintf("**%s**, %s\\\nDraft generated %s", text(meta.Board, ""), text(meta.Period, ""),
		meta.GeneratedAt.Format("2 January 2006 15:04")))
}

// statements writes the part: heading, introduction, key, then each
// numbered entry, an awaited agency keeping its place.
func (m *writer) statements() {
	m.heading(2, layout.StatementsHeading(m.r.Meta))
	m.block(text(layout.StatementsIntro(m.r.Meta), ""))
	if !m.hasKeyPart() {
		m.block(keyLine())
	}
	entries := layout.Entries(m.r)
	if len(entries) == 0 {
		m.block("No statements were compiled.")
	}
	for _, e := range entries {
		m.heading(3, e.Heading())
		if e.Statement == nil {
			m.block("*" + text(layout.AwaitedText, "") + "*")
			continue
		}
		s := e.Statement
		m.block("*" + text(layout.SourceLine(s), "") + "*")
		for _, t := range layout.TitleLines(s) {
			m.block(text(t, ""))
		}
		for _, f := range m.r.FlagsOf(s) {
			m.check(f.Message)
		}
		for _, sec := range layout.Statement(m.r, s, m.low) {
			if sec.Key == model.SectionUnmapped || !sec.HasContent() {
				continue
			}
			m.heading(4, sec.Title)
			m.items(sec.Items, true)
		}
	}
}

// keyLine says what the highlights mean.
func keyLine() string {
	return fmt.Sprintf("Key: text under Key Successes marks %s; text under Key Areas for Development, %s.",
		strings.ToLower(layout.KeyProgress), strings.ToLower(layout.KeyDevelopment))
}

// hasKeyPart reports whether the outline places the key itself.
func (m *writer) hasKeyPart() bool {
	for _, pt := range m.r.Parts {
		if pt.Kind == model.PartKey {
			return true
		}
	}
	return false
}
