package rules

import (
	"context"
	"fmt"
	"slices"

	"github.com/reportpipe/reportpipe/pipeline/mapping"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// Mapper is the rule mapper. It is safe for concurrent use: Map keeps all
// its state on the stack.
type Mapper struct {
	keys     []model.SectionKey // the template's sections in report order
	required []bool             // per key: the template marks it required
	headings *headingMatcher
	cues     *cueScorer
	low      float64
	period   period // the report's period, when known: a cue for plans
	tune     tuning // defaultTuning; tests may sweep it
	err      error  // a template that could not be compiled; Map reports it
}

var _ mapping.Mapper = (*Mapper)(nil)

// Options are the rule mapper's settings.
type Options struct {
	// LowConfidence: placements by meaning under it say so in their
	// evidence, so a reviewer sees why they were flagged.
	LowConfidence float64
	// Period is the report's period as the configuration gives it
	// ("2019-20", "2019/20", "2019 to 2020"; "" when unknown). A later
	// period named in the text ("in 2020-21 we will") is a cue for the
	// development section.
	Period string
}

// New builds a rule mapper over template t with no period known; see
// NewWithOptions.
func New(t *template.Template, low float64) *Mapper {
	return NewWithOptions(t, Options{LowConfidence: low})
}

// NewWithOptions builds a rule mapper over template t. A template that
// fails to compile makes Map return the error (it never fails itself, so it
// can be built once at start-up).
func NewWithOptions(t *template.Template, o Options) *Mapper {
	m := &Mapper{low: o.LowConfidence, tune: defaultTuning, period: parsePeriod(o.Period)}
	if t == nil {
		m.err = fmt.Errorf("rule mapper: no template")
		return m
	}
	sorted := &template.Template{Sections: slices.Clone(t.Sections)}
	slices.SortStableFunc(sorted.Sections, func(a, b template.Section) int {
		return slices.Index(model.TemplateOrder, a.Key) - slices.Index(model.TemplateOrder, b.Key)
	})
	for _, s := range sorted.Sections {
		m.keys = append(m.keys, s.Key)
		m.required = append(m.required, s.Required)
	}
	m.headings, m.err = newHeadingMatcher(sorted)
	m.cues = newCueScorer(sorted)
	return m
}

// Map places every block of doc, in order: exactly one Placement per block.
func (m *Mapper) Map(ctx context.Context, doc *model.Document) ([]model.Placement, error) {
	if m.err != nil {
		return nil, m.err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if doc == nil || len(doc.Blocks) == 0 {
		return nil, nil
	}
	if len(m.keys) == 0 {
		return m.allUnmapped(doc.Blocks, "the template has no sections"), nil
	}
	p := newPlan(m, doc.Blocks)
	p.run()
	return p.placements(), nil
}

func (m *Mapper) allUnmapped(blocks []model.Block, why string) []model.Placement {
	out := make([]model.Placement, len(blocks))
	for i, b := range blocks {
		out[i] = model.Placement{Block: b, Section: model.SectionUnmapped, Evidence: why, Mapper: "rules", Role: model.RoleContent}
	}
	return out
}

// sectionIndex returns the index of k in the mapper's keys, or -1.
func (m *Mapper) sectionIndex(k model.SectionKey) int {
	return slices.Index(m.keys, k)
}
