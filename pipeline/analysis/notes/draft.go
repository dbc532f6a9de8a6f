package notes

import (
	"context"
	"fmt"
	"sort"

	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// Drafter asks the language model for draft notes. Build it over the same
// llm.Client as the mapper, so one Sent record covers the run.
type Drafter struct {
	client *llm.Client
	tmpl   *template.Template
}

// New builds a Drafter. The privacy guard was applied by llm.NewClient.
func New(c *llm.Client, t *template.Template) *Drafter {
	return &Drafter{client: c, tmpl: t}
}

// Outcome is what drafting gave: the notes kept, and why others were
// dropped (for the run summary).
type Outcome struct {
	Notes   []model.DraftNote
	Dropped []string
}

// Draft asks for notes on the analysis of statements. With no facts about
// any statement it sends nothing. An error means no notes at all (the
// request failed or the answer was not in the schema's shape); it says why
// in plain English for the run summary.
func (d *Drafter) Draft(ctx context.Context, a *model.Analysis, statements []*model.Statement) (Outcome, error) {
	if a == nil {
		return Outcome{}, nil
	}
	names := agencyNames(statements)
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	facts := collectFacts(a, d.tmpl, known)
	if len(facts) == 0 {
		return Outcome{}, nil
	}
	content, err := d.ask(ctx, facts, names)
	if err != nil {
		return Outcome{}, fmt.Errorf("draft notes were not made: %w", err)
	}
	answer, err := parseAnswer(content)
	if err != nil {
		return Outcome{}, fmt.Errorf("draft notes were not made: %w", err)
	}
	return keep(answer, checker{agencies: names, facts: byID(facts), blocks: blockTexts(statements)}), nil
}

func (d *Drafter) ask(ctx context.Context, facts []fact, names map[string]string) (string, error) {
	agencies := make([]string, 0, len(names))
	for _, n := range names {
		agencies = append(agencies, n)
	}
	sort.Strings(agencies)
	ids := make([]string, len(facts))
	for i, f := range facts {
		ids[i] = f.ID
	}
	sch, err := schema(agencies, ids)
	if err != nil {
		return "", err
	}
	user, err := userPrompt(facts)
	if err != nil {
		return "", err
	}
	return d.client.Chat(ctx, llm.Request{System: systemPrompt, User: user,
		SchemaName: "draft_notes", Schema: sch, Carries: llm.Sent{NoteRequests: 1}})
}

// keep checks each note, keeping at most maxNotes.
func keep(answer []answerNote, c checker) Outcome {
	var out Outcome
	for i, n := range answer {
		dn, err := c.check(n)
		switch {
		case err != nil:
			out.Dropped = append(out.Dropped, fmt.Sprintf("draft note %d dropped: %v", i+1, err))
		case len(out.Notes) == maxNotes:
			out.Dropped = append(out.Dropped, fmt.Sprintf("draft note %d dropped: more than %d notes", i+1, maxNotes))
		default:
			out.Notes = append(out.Notes, dn)
		}
	}
	return out
}

func byID(facts []fact) map[string]fact {
	m := make(map[string]fact, len(facts))
	for _, f := range facts {
		m[f.ID] = f
	}
	return m
}
