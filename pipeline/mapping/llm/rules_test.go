package llm

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
	"github.com/reportpipe/reportpipe/pipeline/mapping/rules"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// headingless is a fictional statement with no section headings, where the
// rules place blocks by meaning and are unsure of some.
func headingless() *model.Document {
	texts := []string{
		"Harbourside Youth Offending Service",
		"Harbourside Youth Offending Service works with young people aged 10 to 17 across three towns and employs 46 staff.",
		"During the year 118 staff attended safeguarding training and we audited 30 case files.",
		"We met the weather.",
		"Re-offending fell from 31% to 24% and families told us they felt listened to.",
		"We are proud that our new mentoring scheme was launched on time.",
		"Next year we will improve how we record the voice of the child.",
	}
	doc := &model.Document{Source: model.Source{Path: "harbourside.pdf", Format: model.FormatPDF}}
	for i, t := range texts {
		doc.Blocks = append(doc.Blocks, &model.Paragraph{Position: model.Position{Index: i, Page: 1}, Text: t})
	}
	return doc
}

// With the real template and the real rules, assist mode asks exactly for
// the blocks the rules placed under the threshold, and tells the model the
// template's meanings.
func TestAssistOverTheRealRules(t *testing.T) {
	tmpl, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	rm := rules.New(tmpl, 0.6)
	doc := headingless()
	base, err := rm.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var low []int
	for i, p := range base {
		if p.Role != model.RoleTitle && p.Confidence < 0.6 {
			low = append(low, i)
		}
	}
	f := llmtest.NewServer(t, labelAll(t, "development", 0.7))
	m := newMapperOver(t, f.BaseURL(), llm.ModeAssist, tmpl, rm)
	pl, err := m.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(low) == 0 {
		if len(f.Requests()) != 0 {
			t.Fatal("asked the model although the rules were sure of every block")
		}
		t.Skip("the rules are sure of every block of this document: nothing to ask")
	}
	req := f.Requests()[0]
	ids, sections := schemaEnums(t, req.ResponseFormat.JSONSchema.Schema)
	if !slices.Equal(ids, low) {
		t.Errorf("asked for %v, want the low-confidence blocks %v", ids, low)
	}
	if len(sections) != len(tmpl.Sections)+1 {
		t.Errorf("section enum %v, want the template's %d keys and unmapped", sections, len(tmpl.Sections))
	}
	for _, s := range tmpl.Sections {
		if !strings.Contains(req.Messages[0].Content, strings.TrimSpace(s.Meaning)) {
			t.Errorf("system message lacks the meaning of %s", s.Key)
		}
	}
	for i, p := range pl {
		asked := slices.Contains(low, i)
		if asked != (p.Mapper == "llm") || p.Block != doc.Blocks[i] || p.Role != base[i].Role {
			t.Errorf("placement %d = %+v (asked %v)", i, p, asked)
		}
	}
}
