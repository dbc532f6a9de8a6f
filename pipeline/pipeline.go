package pipeline

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/extract/odt"
	"github.com/reportpipe/reportpipe/pipeline/extract/pdf"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/mapping"
	"github.com/reportpipe/reportpipe/pipeline/mapping/rules"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// Pipeline holds the configured stages. It is safe for one run at a time.
type Pipeline struct {
	cfg        config.Config
	tmpl       *template.Template
	extractors extract.Registry
	limits     extract.Limits
	mapper     mapping.Mapper
	agencies   *intake.Agencies
	cache      *intake.Cache
	log        *slog.Logger
}

// Option changes how New builds a Pipeline.
type Option func(*Pipeline)

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(p *Pipeline) { p.log = l } }

// WithMapper replaces the rule mapper (used for the optional language model).
func WithMapper(m mapping.Mapper) Option { return func(p *Pipeline) { p.mapper = m } }

// WithCache sets the extraction cache (default: none).
func WithCache(c *intake.Cache) Option { return func(p *Pipeline) { p.cache = c } }

// New builds a Pipeline from a validated configuration.
func New(cfg config.Config, opts ...Option) (*Pipeline, error) {
	t, err := template.Load(cfg.Paths.Template)
	if err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	lim := extract.DefaultLimits
	p := &Pipeline{
		cfg:  cfg,
		tmpl: t,
		extractors: extract.Registry{
			model.FormatDOCX: docx.New(lim),
			model.FormatPDF:  pdf.New(lim),
			model.FormatODT:  odt.New(lim),
		},
		limits:   lim,
		mapper:   rules.New(t, cfg.Mapping.LowConfidence),
		agencies: intake.NewAgencies(cfg.Agencies),
		log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

// Template returns the statement template in use.
func (p *Pipeline) Template() *template.Template { return p.tmpl }

// Config returns the configuration the pipeline was built with.
func (p *Pipeline) Config() config.Config { return p.cfg }
