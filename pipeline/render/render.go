package render

import (
	"io"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/html"
	rjson "github.com/reportpipe/reportpipe/pipeline/render/json"
	"github.com/reportpipe/reportpipe/pipeline/render/markdown"
)

// Renderer writes a Report in one format.
type Renderer interface {
	// Ext is the file extension, without the dot ("docx").
	Ext() string
	Render(w io.Writer, r *model.Report) error
}

// Options tune the renderers.
type Options struct {
	// LowConfidence: placements with a lower confidence get a note for the
	// reviewer (a Word comment, a Markdown "Check", a line in the review
	// page). 0 means layout.DefaultLowConfidence (0.6).
	LowConfidence float64
	// ReferenceDOCX is the Word file whose styles the draft uses; nil means
	// the built-in templates/report.docx.
	ReferenceDOCX []byte
	// Final adds the version to publish to the set: the Word report without
	// comments, source lines, the reviewers' appendix and analyses, and the
	// draft header (extension "final.docx").
	Final bool
	// FinalContentsPages are the page numbers of the final version's
	// contents lines (docx.Options.ContentsPages), when a rendering of it
	// has given them.
	FinalContentsPages []int
}

// All returns the DOCX, Markdown, HTML and JSON renderers, in that order,
// and with Final the Word version to publish after them.
func All(opts Options) []Renderer {
	rs := []Renderer{
		docx.New(docx.Options{LowConfidence: opts.LowConfidence, Reference: opts.ReferenceDOCX}),
		markdown.New(markdown.Options{LowConfidence: opts.LowConfidence}),
		html.New(html.Options{LowConfidence: opts.LowConfidence}),
		rjson.Renderer{},
	}
	if opts.Final {
		rs = append(rs, docx.New(docx.Options{LowConfidence: opts.LowConfidence, Reference: opts.ReferenceDOCX, Final: true,
			ContentsPages: opts.FinalContentsPages}))
	}
	return rs
}
