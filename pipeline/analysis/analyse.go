package analysis

import (
	"sync"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// Options tunes the analyses.
type Options struct {
	// TrainingTarget is the compliance percentage under which a training
	// figure is marked below target; 0 means the default, 90.
	TrainingTarget float64
	// ThinWords: a section with fewer words than this is "thin". 0 turns the
	// thin check off (as the configuration documents); negative means the
	// default, 40.
	ThinWords int
	// Previous is last year's report, for following up its areas for
	// development (nil: no progress analysis).
	Previous *model.PreviousReport
	// Checklist is the yearly report's expected content; nil means
	// DefaultChecklist.
	Checklist []ChecklistEntry
	// Parts is the whole report's outline as read (nil without one): the
	// checklist scores the board's chapters and appendices that have
	// arrived as well as the statements, and names those awaited that
	// cover an item without evidence.
	Parts []model.Part
}

// The defaults, matching config.Default.
const (
	DefaultTrainingTarget = 90
	DefaultThinWords      = 40
	// CandidateMin is how many agencies must name a theme under development
	// for it to be a candidate for the board's own areas for development.
	CandidateMin = 3
)

// DefaultOptions returns the default Options.
func DefaultOptions() Options {
	return Options{TrainingTarget: DefaultTrainingTarget, ThinWords: DefaultThinWords}
}

func (o Options) withDefaults() Options {
	if o.TrainingTarget <= 0 {
		o.TrainingTarget = DefaultTrainingTarget
	}
	if o.ThinWords < 0 {
		o.ThinWords = DefaultThinWords
	}
	return o
}

// Analyse runs every analysis over the statements. expected are the
// configured agencies (those not Optional are listed when they sent
// nothing); t gives the sections and themes (nil: the built-in template).
// It never fails: an analysis with nothing to say returns empty lists.
func Analyse(stmts []*model.Statement, expected []model.Agency, t *template.Template, opts Options) *model.Analysis {
	opts = opts.withDefaults()
	t = orDefault(t)
	corpus := newCorpus(stmts)
	a := &model.Analysis{
		Completeness:   completeness(corpus, expected, t, opts.ThinWords),
		Themes:         themes(corpus, t.Themes),
		TrainingTarget: opts.TrainingTarget,
		Training:       training(corpus, opts.TrainingTarget),
		Impact:         impact(corpus, opts.ThinWords),
		Publication:    publication(corpus),
	}
	a.Figures = figures(corpus, a.Training)
	a.Progress = progress(corpus, opts.Previous)
	a.Checklist = checklist(corpus, newChapters(opts.Parts), opts.Checklist)
	a.Partners = partners(corpus)
	a.Flags = attention(stmts, a.Publication)
	return a
}

// orDefault returns t, or the built-in template when t is nil (read once;
// if it cannot be read, an empty template still lets completeness use the
// fixed sections).
func orDefault(t *template.Template) *template.Template {
	if t != nil {
		return t
	}
	builtinOnce.Do(func() {
		builtin = &template.Template{}
		if d, err := template.Default(); err == nil {
			builtin = d
		}
	})
	return builtin
}

var (
	builtinOnce sync.Once
	builtin     *template.Template
)
