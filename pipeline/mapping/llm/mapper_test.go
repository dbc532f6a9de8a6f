package llm

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestRequestCarriesSchemaAndEveryBlock(t *testing.T) {
	f := llmtest.NewServer(t, labelAll(t, "activity", 0.8))
	m := newMapper(t, f, llm.ModeFull, fakeRules{})
	doc := testDoc("riverside.docx")
	if _, err := m.Map(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	reqs := f.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	req := reqs[0]
	rf := req.ResponseFormat
	if rf == nil || rf.Type != openai.ChatCompletionResponseFormatTypeJSONSchema || rf.JSONSchema == nil || !rf.JSONSchema.Strict {
		t.Fatalf("response_format = %+v, want a strict json_schema", rf)
	}
	ids, sections := schemaEnums(t, rf.JSONSchema.Schema)
	if want := []int{1, 2, 3, 4, 5, 6}; !slices.Equal(ids, want) {
		t.Errorf("schema ids = %v, want %v (every block but the title)", ids, want)
	}
	for _, k := range []string{"context", "activity", "outcomes", "successes", "development", "unmapped"} {
		if !slices.Contains(sections, k) {
			t.Errorf("schema sections %v lack %q", sections, k)
		}
	}
	got := sentBlocks(t, req)
	if len(got) != len(doc.Blocks) {
		t.Fatalf("%d blocks sent, want %d", len(got), len(doc.Blocks))
	}
	for i, b := range doc.Blocks {
		if got[i].ID != i || got[i].Text != b.PlainText() || got[i].Kind != string(b.Kind()) {
			t.Errorf("block %d sent as %+v, want id %d kind %s text %q", i, got[i], i, b.Kind(), b.PlainText())
		}
	}
	if got[2].Level != 2 {
		t.Errorf("heading level sent as %d, want 2", got[2].Level)
	}
	sys := req.Messages[0].Content
	for _, s := range testTemplate().Sections {
		if !strings.Contains(sys, s.Meaning) || !strings.Contains(sys, s.Title) {
			t.Errorf("system message lacks section %s's title or meaning", s.Key)
		}
	}
	if !strings.Contains(sys, "Never rewrite") {
		t.Error("system message lacks the rule that text must not be rewritten")
	}
}

// schemaEnums pulls the id and section enums out of the label schema.
func schemaEnums(t *testing.T, schema json.Marshaler) (ids []int, sections []string) {
	t.Helper()
	raw, err := schema.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties struct {
			Labels struct {
				Items struct {
					Properties struct {
						ID      struct{ Enum []int }    `json:"id"`
						Section struct{ Enum []string } `json:"section"`
					} `json:"properties"`
					AdditionalProperties bool `json:"additionalProperties"`
				} `json:"items"`
			} `json:"labels"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("schema %s: %v", raw, err)
	}
	p := s.Properties.Labels.Items.Properties
	return p.ID.Enum, p.Section.Enum
}

func TestGoodAnswerIsUsed(t *testing.T) {
	f := llmtest.NewServer(t, labelAll(t, "outcomes", 0.85))
	m := newMapper(t, f, llm.ModeFull, fakeRules{})
	doc := testDoc("riverside.docx")
	pl, err := m.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(pl) != len(doc.Blocks) {
		t.Fatalf("%d placements for %d blocks", len(pl), len(doc.Blocks))
	}
	if pl[0].Mapper != "rules" || pl[0].Role != model.RoleTitle || pl[0].Section != model.SectionContext {
		t.Errorf("title placement changed: %+v", pl[0])
	}
	for i, p := range pl[1:] {
		if p.Mapper != "llm" || p.Section != model.SectionOutcomes || p.Confidence != 0.85 ||
			p.Evidence != "language model (test-model)" || p.Role != model.RoleContent ||
			p.RunnerUp != model.SectionContext { // the rules' section, where they disagree
			t.Errorf("placement %d = %+v, want the model's label", i+1, p)
		}
	}
	if n := m.Notes(); len(n) != 0 {
		t.Errorf("notes %v after a good answer", n)
	}
	if s := m.Sent(); s.Documents != 1 || s.Blocks != len(doc.Blocks) || s.Attempts != 1 || s.Endpoint != f.BaseURL() {
		t.Errorf("Sent = %+v", s)
	}
}

func TestBadAnswersFallBackToRules(t *testing.T) {
	cases := []struct {
		name, content, inNote string
	}{
		{"malformed JSON", `{"labels": [{"id": 1, "section": "context"`, "not JSON"},
		{"prose", `Here are the labels you asked for.`, "not JSON"},
		{"partial ids", labelsJSON(1, 2, 3), "unlabelled"},
		{"duplicate id", labelsJSON(1, 2, 3, 4, 5, 6, 6), "more than once"},
		{"id not asked", labelsJSON(0, 1, 2, 3, 4, 5, 6), "not asked"},
		{"unknown label", strings.Replace(labelsJSON(1, 2, 3, 4, 5, 6), `"context"`, `"summary"`, 1), "unknown section"},
		{"confidence above 1", strings.Replace(labelsJSON(1, 2, 3, 4, 5, 6), `0.7`, `1.5`, 1), "outside 0 to 1"},
		{"carries text", strings.Replace(labelsJSON(1, 2, 3, 4, 5, 6), `"confidence"`, `"text":"All is well.","confidence"`, 1), "not JSON"},
		{"trailing text", labelsJSON(1, 2, 3, 4, 5, 6) + " and more", "after its JSON"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := llmtest.NewServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
				llmtest.WriteContent(w, c.content)
			})
			assertFallback(t, newMapper(t, f, llm.ModeFull, fakeRules{}), c.inNote)
		})
	}
}

// labelsJSON is an answer labelling ids as context with confidence 0.7.
func labelsJSON(ids ...int) string {
	var parts []string
	for _, id := range ids {
		parts = append(parts, `{"id":`+itoa(id)+`,"section":"context","confidence":0.7}`)
	}
	return `{"labels":[` + strings.Join(parts, ",") + `]}`
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// assertFallback maps a test document and checks that the result is the
// rules' mapping exactly, with one note about the document saying why.
func assertFallback(t *testing.T, m *Mapper, inNote string) {
	t.Helper()
	doc := testDoc("riverside.docx")
	want, _ := fakeRules{}.Map(context.Background(), doc)
	got, err := m.Map(context.Background(), doc)
	if err != nil {
		t.Fatalf("Map: %v (a failed model must fall back, not fail)", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("placements differ from the rules':\n got %+v\nwant %+v", got, want)
	}
	notes := m.Notes()
	if len(notes) != 1 || !notes[0].For(doc) || !strings.Contains(notes[0].Message, inNote) {
		t.Fatalf("notes = %+v, want one about %s mentioning %q", notes, doc.Source.Path, inNote)
	}
	if f := notes[0].Flag(); f.Kind != model.FlagLLMFallback {
		t.Errorf("note flag kind %q", f.Kind)
	}
}

func TestInstructionsInABlockChangeNoText(t *testing.T) {
	// A compromised model would follow the block: label everything and try
	// to smuggle text into the answer. Neither can change the report text.
	for _, name := range []string{"obedient model", "model adds text"} {
		t.Run(name, func(t *testing.T) {
			f := llmtest.NewServer(t, func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
				if name == "obedient model" {
					labelAll(t, "successes", 1)(n, req, w, r)
					return
				}
				llmtest.WriteContent(w, `{"labels":[{"id":4,"section":"successes","confidence":1,"text":"Riverside is outstanding in every respect"}]}`)
			})
			m := newMapper(t, f, llm.ModeFull, fakeRules{})
			doc := testDoc("riverside.docx")
			before := texts(doc)
			pl, err := m.Map(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			if got := sentBlocks(t, f.Requests()[0]); len(got) != len(doc.Blocks) {
				t.Errorf("the block's text posed as extra blocks: %d sent for %d", len(got), len(doc.Blocks))
			}
			for i, p := range pl {
				if p.Block != doc.Blocks[i] || p.Block.PlainText() != before[i] {
					t.Errorf("placement %d text %q, want the source block %q", i, p.Block.PlainText(), before[i])
				}
			}
			if !slices.Equal(texts(doc), before) {
				t.Error("the document's blocks were changed")
			}
		})
	}
}

func TestAssistSendsNothingWhenRulesAreSure(t *testing.T) {
	f := llmtest.NewServer(t, labelAll(t, "outcomes", 0.9))
	m := newMapper(t, f, llm.ModeAssist, fakeRules{conf: map[int]float64{1: 0.6, 2: 0.95}})
	doc := testDoc("riverside.docx")
	want, _ := fakeRules{conf: map[int]float64{1: 0.6, 2: 0.95}}.Map(context.Background(), doc)
	got, err := m.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.Requests()); n != 0 {
		t.Fatalf("%d requests sent although every confidence is at or above the threshold", n)
	}
	if !m.Sent().Empty() || m.Sent().Summary() != "" {
		t.Errorf("Sent = %+v, want empty", m.Sent())
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("placements differ from the rules'")
	}
}

func TestAssistAsksOnlyForLowConfidenceBlocks(t *testing.T) {
	rules := fakeRules{conf: map[int]float64{3: 0.2, 5: 0.59}}
	f := llmtest.NewServer(t, labelAll(t, "activity", 0.75))
	m := newMapper(t, f, llm.ModeAssist, rules)
	doc := testDoc("riverside.docx")
	pl, err := m.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	req := f.Requests()[0]
	if ids, _ := schemaEnums(t, req.ResponseFormat.JSONSchema.Schema); !slices.Equal(ids, []int{3, 5}) {
		t.Errorf("schema ids %v, want [3 5]", ids)
	}
	for _, b := range sentBlocks(t, req) {
		asked := b.ID == 3 || b.ID == 5
		if b.Label != asked || (!asked && b.Rules == "") {
			t.Errorf("block %d sent as %+v", b.ID, b)
		}
	}
	for i, p := range pl {
		want := "rules"
		if i == 3 || i == 5 {
			want = "llm"
		}
		if p.Mapper != want {
			t.Errorf("placement %d by %q, want %q", i, p.Mapper, want)
		}
	}
	if pl[3].Section != model.SectionActivity || pl[4].Section != model.SectionContext {
		t.Errorf("sections %s, %s", pl[3].Section, pl[4].Section)
	}
}

// Whatever the client fails with, the document keeps the rules' mapping and
// its note says the client's reason; the reasons themselves are the
// client's (pipeline/llm's retry tests).
func TestClientFailureFallsBackToRules(t *testing.T) {
	t.Run("refused", func(t *testing.T) {
		f := llmtest.NewServer(t, llmtest.FailFirst(http.StatusBadRequest, 1000, labelAll(t, "activity", 0.8)))
		assertFallback(t, newMapper(t, f, llm.ModeFull, fakeRules{}), "HTTP 400")
	})
	t.Run("busy", func(t *testing.T) {
		f := llmtest.NewServer(t, llmtest.FailFirst(http.StatusServiceUnavailable, 1000, labelAll(t, "activity", 0.8)))
		assertFallback(t, newMapper(t, f, llm.ModeFull, fakeRules{}), "after 3 attempts")
	})
	t.Run("unreachable", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close() // nothing listens there now
		m := newMapperOver(t, "http://"+addr+"/v1", llm.ModeFull, testTemplate(), fakeRules{})
		assertFallback(t, m, "could not be reached")
		assertFallback(t, m, "not asked")
	})
}

func TestRetriedAnswerIsUsed(t *testing.T) {
	f := llmtest.NewServer(t, llmtest.FailFirst(http.StatusTooManyRequests, 2, labelAll(t, "activity", 0.8)))
	m := newMapper(t, f, llm.ModeFull, fakeRules{})
	pl, err := m.Map(context.Background(), testDoc("a.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if pl[1].Mapper != "llm" || len(m.Notes()) != 0 {
		t.Errorf("placement by %q, notes %v; want the model's label after retries", pl[1].Mapper, m.Notes())
	}
}

// The mapper over a shared client still refuses a mode that is not assist or
// full, as a configuration error on llm.mode, and needs its parts.
func TestNewRefusesOffModeAndMissingParts(t *testing.T) {
	f := llmtest.NewServer(t, labelAll(t, "activity", 0.8))
	c, err := llm.NewClient(testSettings(llm.ModeAssist, f.BaseURL()))
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{llm.ModeOff, "", "sometimes"} {
		var ce *llm.ConfigError
		if m, err := New(c, testTemplate(), fakeRules{}, Options{Mode: mode}); m != nil || !errors.As(err, &ce) || ce.Key != "llm.mode" {
			t.Errorf("mode %q: got %v, %v; want a config error on llm.mode", mode, m, err)
		}
	}
	if m, err := New(nil, testTemplate(), fakeRules{}, Options{Mode: llm.ModeAssist}); m != nil || err == nil {
		t.Errorf("no client: got %v, %v; want an error", m, err)
	}
	if n := len(f.Requests()); n != 0 {
		t.Errorf("%d requests while building mappers", n)
	}
}
