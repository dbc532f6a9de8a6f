package html

import (
	_ "embed"
	"html/template"
	"io"
	"sync"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

//go:embed page.html.tmpl
var pageTemplate string

// tmpl is parsed on first use, not at start-up: only a run renders a page.
var tmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{"flagWord": flagWord}).Parse(pageTemplate))
})

// Options tune the review page.
type Options struct {
	// LowConfidence: placements under it get a "check" note
	// (layout.DefaultLowConfidence when 0).
	LowConfidence float64
	// Update, when set, is what `reportpipe update` changed: the page then
	// starts with it. A run leaves it nil.
	Update *Update
}

// Renderer writes the review page.
type Renderer struct{ opts Options }

// New returns an HTML renderer.
func New(opts Options) *Renderer { return &Renderer{opts: opts} }

// Ext is the output file extension.
func (*Renderer) Ext() string { return "html" }

// Render writes r as one HTML page.
func (rd *Renderer) Render(w io.Writer, r *model.Report) error {
	p := build(r, rd.opts.LowConfidence)
	p.Update = viewUpdate(rd.opts.Update, p, r)
	return tmpl().Execute(w, p)
}
