package pipeline

import (
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/operatorfile"
	"io"
	"log/slog"
	"path/filepath"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline/analysis/notes"
	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/contain"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/extract/ocr"
	"github.com/reportpipe/reportpipe/pipeline/extract/odt"
	"github.com/reportpipe/reportpipe/pipeline/extract/pdf"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/mapping"
	llmmap "github.com/reportpipe/reportpipe/pipeline/mapping/llm"
	"github.com/reportpipe/reportpipe/pipeline/mapping/rules"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// Pipeline holds the configured stages. It is safe for one run at a time.
type Pipeline struct {
	cfg        config.Config
	tmpl       *template.Template
	extractors extract.Registry
	reader     *contain.Runner // the extractors, each file in a process of its own
	limits     extract.Limits
	mapper     mapping.Mapper
	agencies   *assemble.Agencies
	cache      *intake.Cache
	log        *slog.Logger
	progress   func(done, total int)
	leftOut    []string
	// llm is the language-model mapper when llm.mode is not off; drafter
	// drafts analysis notes when llm.notes is also set.
	llm     *llmmap.Mapper
	drafter *notes.Drafter
	// customMapper is set by WithMapper; mapKey names what shapes the
	// placements ("" when they are not cached); work counts a run's work.
	customMapper bool
	ruleOpts     rules.Options // what the rule mapper was made with: part of mapKey
	mapKey       string
	work         *workCounter
	steps        progress.Steps
	// cacheOnly: what the cache lacks is read only where that is quick
	// (see Quick), and not stored.
	cacheOnly bool
}

// Option changes how New builds a Pipeline.
type Option func(*Pipeline)

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(p *Pipeline) { p.log = l } }

// WithMapper replaces the rule mapper (used for the optional language model).
func WithMapper(m mapping.Mapper) Option {
	return func(p *Pipeline) { p.mapper, p.customMapper = m, true }
}

// WithSteps sets a function told of each slow step of reading a file (a
// .doc conversion, each page read by OCR), for progress on long work.
func WithSteps(s progress.Steps) Option { return func(p *Pipeline) { p.steps = s } }

// WithProgress sets a function told how many files have been read, for a
// progress bar on long runs.
func WithProgress(f func(done, total int)) Option { return func(p *Pipeline) { p.progress = f } }

// WithLeftOut names files the run must not read this time (watch holds
// back a file still being written); the report's notes say so.
func WithLeftOut(paths []string) Option { return func(p *Pipeline) { p.leftOut = paths } }

// WithCache sets the extraction cache (default: none).
func WithCache(c *intake.Cache) Option { return func(p *Pipeline) { p.cache = c } }

// New builds a Pipeline from a validated configuration.
func New(cfg config.Config, opts ...Option) (*Pipeline, error) {
	t, err := template.Load(cfg.Paths.Template)
	if oe, ok := errors.AsType[*operatorfile.Error](err); ok {
		return nil, &config.Error{Key: "paths.template", Msg: oe.Error()}
	}
	if err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	if err := checkCovers(cfg); err != nil {
		return nil, err
	}
	lim := extract.DefaultLimits
	lim.MaxBlocks, lim.MaxWords = cfg.Limits.MaxBlocks, cfg.Limits.MaxWords // 0 keeps the default
	ropts := rules.Options{LowConfidence: cfg.Mapping.LowConfidence, Period: cfg.Report.Period}
	p := &Pipeline{
		cfg:        cfg,
		tmpl:       t,
		extractors: Readers(lim),
		limits:     lim,
		mapper:     rules.NewWithOptions(t, ropts),
		ruleOpts:   ropts,
		agencies:   assemble.NewAgencies(cfg.Agencies),
		log:        slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	p.reader = contain.New(p.extractors)
	if err := p.useLanguageModel(); err != nil {
		return nil, err
	}
	for _, o := range opts {
		o(p)
	}
	p.mapKey = p.mappingKey()
	p.work = &workCounter{}
	return p, nil
}

// Quick returns a copy of p that takes what it can from the cache and reads
// the rest only where that is quick: no .doc is converted (it is refused as
// not read here) and no page is read by OCR. What it reads is not stored in
// the cache, which keeps only full reads, and its Run skips the analysis
// (Report.Analysis is nil): such a run answers what became of each file,
// not what the statements say. inspect uses it for the other files of a
// folder, to say whether the inspected one is superseded without
// converting or OCRing anything else. The copy shares p's template, mapper
// and cache, so it costs no second set-up.
func (p *Pipeline) Quick() *Pipeline {
	q := *p
	q.cacheOnly, q.steps, q.work = true, nil, &workCounter{}
	q.extractors = extract.Registry{}
	for f, ex := range p.extractors {
		q.extractors[f] = ex
	}
	q.extractors[model.FormatPDF] = extract.Bounded(pdf.New(p.limits)) // the text layer alone: no OCR
	return &q
}

// Readers is the registry of the formats reportpipe reads, with lim. The
// reader processes of pipeline/extract/contain build the same one.
func Readers(lim extract.Limits) extract.Registry {
	return extract.Registry{
		model.FormatDOCX: docx.New(lim),
		model.FormatPDF:  ocr.New(extract.Bounded(pdf.New(lim)), lim), // OCR when tesseract is installed
		model.FormatODT:  odt.New(lim),
	}
}

// ReaderMain must be called first thing in main (and in TestMain of test
// binaries that run the pipeline): in a process started to read one file
// it reads it and exits; otherwise it lets each file be read in such a
// process.
func ReaderMain() { contain.Main(Readers) }

// ReaderStats says what the reader processes of this pipeline cost so far.
func (p *Pipeline) ReaderStats() contain.Stats { return p.reader.Stats() }

// useLanguageModel puts the model mapper in front of the rules when the
// configuration asks for it. The privacy guard is in llm.NewClient: a remote
// endpoint without llm.allow_remote is a configuration error. Mapper and
// drafter share the one client, so one Sent record covers the run.
func (p *Pipeline) useLanguageModel() error {
	c := p.cfg.LLM
	if c.Mode == "" || c.Mode == llm.ModeOff {
		return nil
	}
	client, err := llm.NewClient(llm.Settings{Mode: c.Mode, BaseURL: c.BaseURL, Model: c.Model,
		APIKeyEnv: c.APIKeyEnv, Timeout: c.Timeout, Concurrency: c.Concurrency, AllowRemote: c.AllowRemote,
		MaxAnswerBytes: c.MaxAnswerBytes, Budget: c.Budget})
	if err != nil {
		return asConfigError(err)
	}
	m, err := llmmap.New(client, p.tmpl, p.mapper, llmmap.Options{Mode: c.Mode, Threshold: c.Threshold})
	if err != nil {
		return asConfigError(err)
	}
	p.mapper, p.llm = m, m
	if c.Notes {
		p.drafter = notes.New(client, p.tmpl)
	}
	return nil
}

// asConfigError gives a refusal of the language model's guard as the
// configuration's own *config.Error, so callers tell every configuration
// mistake (exit code 2) from a fault the same way.
func asConfigError(err error) error {
	if ce, ok := errors.AsType[*llm.ConfigError](err); ok {
		return &config.Error{Key: ce.Key, Msg: ce.Msg}
	}
	return err
}

// Template returns the statement template in use.
func (p *Pipeline) Template() *template.Template { return p.tmpl }

// Config returns the configuration the pipeline was built with.
func (p *Pipeline) Config() config.Config { return p.cfg }

// SentSummary says what was sent to a language model so far and where, and
// resets the count; "" when nothing was sent.
func (p *Pipeline) SentSummary() string {
	if p.llm == nil {
		return ""
	}
	if s := p.llm.Client().TakeSent(); !s.Empty() {
		return s.Summary()
	}
	return ""
}

// CacheDir is where a workspace keeps what it derived from the
// submissions, so a repeat run does not read them again: a hidden folder
// in the output folder.
func CacheDir(cfg config.Config) string {
	return filepath.Join(cfg.Paths.Output, ".cache")
}
