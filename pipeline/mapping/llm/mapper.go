package llm

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/mapping"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// MapperName is the Placement.Mapper of blocks the model placed.
const MapperName = "llm"

// Mapper is a mapping.Mapper that runs the rules first and asks a language
// model to label the blocks the rules are unsure of (assist) or all content
// blocks (full). The model's labels replace only Section, Confidence,
// Evidence and Mapper; the Block and the Role always stay the rules'.
type Mapper struct {
	client    *llm.Client
	tmpl      *template.Template
	fallback  mapping.Mapper
	mode      string
	threshold float64

	mu    sync.Mutex
	notes []Note
}

var _ mapping.Mapper = (*Mapper)(nil)

// New builds a Mapper over fallback (the rules) that asks through c, the
// run's one client, so mapping and draft notes share its concurrency limit
// and its Sent record. The privacy guard ran in llm.NewClient; New refuses a
// mode that is not assist or full with the same *llm.ConfigError.
func New(c *llm.Client, t *template.Template, fallback mapping.Mapper, o Options) (*Mapper, error) {
	if c == nil || t == nil || fallback == nil {
		return nil, errors.New("llm.New: a client, a template and a fallback mapper are required")
	}
	if err := llm.CheckMode(o.Mode); err != nil {
		return nil, err
	}
	return &Mapper{client: c, tmpl: t, fallback: fallback, mode: o.Mode, threshold: o.Threshold}, nil
}

// Client returns the client, to share with the draft notes.
func (m *Mapper) Client() *llm.Client { return m.client }

// Sent returns what has been sent so far (mapping and anything else that
// shares the client).
func (m *Mapper) Sent() llm.Sent { return m.client.Sent() }

// Map places every block of doc: the rules' placements, with the model's
// labels for the blocks it was asked about when its answer is valid. On any
// failure it returns the rules' placements and records a Note; it returns
// an error only when the rules fail or ctx is done.
func (m *Mapper) Map(ctx context.Context, doc *model.Document) ([]model.Placement, error) {
	rules, err := m.fallback.Map(ctx, doc)
	if err != nil || doc == nil || len(rules) != len(doc.Blocks) {
		return rules, err
	}
	ask := m.toAsk(rules)
	if len(ask) == 0 {
		return rules, nil
	}
	labels, err := m.ask(ctx, doc, rules, ask)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		m.addNote(doc, fmt.Sprintf("The language model's labels were not used for this document, so the rules placed every block: %v.", err))
		return rules, nil
	}
	return m.apply(rules, labels), nil
}

// toAsk picks the blocks to ask about, by index: in full mode every block
// but the title, in assist mode those under the threshold. The title stays
// the rules' because it is not content.
func (m *Mapper) toAsk(rules []model.Placement) map[int]bool {
	ask := map[int]bool{}
	for i, p := range rules {
		if p.Role == model.RoleTitle {
			continue
		}
		if m.mode == llm.ModeFull || p.Confidence < m.threshold {
			ask[i] = true
		}
	}
	return ask
}

// ask sends the whole document (context helps the model; blocks not asked
// about show the rules' section) and returns validated labels.
func (m *Mapper) ask(ctx context.Context, doc *model.Document, rules []model.Placement, ask map[int]bool) (map[int]label, error) {
	ids := make([]int, 0, len(ask))
	for id := range ask {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	schema, err := labelSchema(m.tmpl, ids)
	if err != nil {
		return nil, err
	}
	user, err := userPrompt(doc, rules, ask)
	if err != nil {
		return nil, err
	}
	content, err := m.client.Chat(ctx, llm.Request{
		System: systemPrompt(m.tmpl), User: user,
		SchemaName: "block_labels", Schema: schema,
		Carries: llm.Sent{Documents: 1, Blocks: len(doc.Blocks)},
	})
	if err != nil {
		return nil, err
	}
	return parseLabels(content, m.tmpl, ask)
}

// apply copies the rules' placements and sets the model's labels. The Block
// is never touched, so the text stays the extracted text. Where the model
// disagrees with the rules, the rules' section is the runner-up a reviewer
// is pointed to; where it agrees, the rules' runner-up stays.
func (m *Mapper) apply(rules []model.Placement, labels map[int]label) []model.Placement {
	out := make([]model.Placement, len(rules))
	copy(out, rules)
	evidence := fmt.Sprintf("language model (%s)", m.client.Model())
	for i, l := range labels {
		if out[i].Section != l.Section && out[i].Section != model.SectionUnmapped {
			out[i].RunnerUp = out[i].Section
		} else if out[i].RunnerUp == l.Section {
			out[i].RunnerUp = ""
		}
		out[i].Section = l.Section
		out[i].Confidence = l.Confidence
		out[i].Evidence = evidence
		out[i].Mapper = MapperName
	}
	return out
}
