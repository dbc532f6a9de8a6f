package notes

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

const (
	riverside  = "Riverside Community Health Trust"
	harbour    = "Harbourside Youth Offending Service"
	valePolice = "Vale Constabulary"
	secretText = "07700 900123"
	quoteText  = "we are unable to evidence the difference made"
)

func cite(agency string, s model.SectionKey, i int) model.Citation {
	return model.Citation{Agency: agency, Section: s, File: strings.ToLower(strings.Fields(agency)[0]) + ".docx", Index: i}
}

// testAnalysis is a fictional analysis of three statements.
func testAnalysis() *model.Analysis {
	return &model.Analysis{
		TrainingTarget: 90,
		Completeness: model.Completeness{Rows: []model.CompletenessRow{
			{Agency: harbour, Cells: []model.SectionCell{
				{Section: model.SectionContext, Status: model.StatusPresent, Words: 120},
				{Section: model.SectionOutcomes, Status: model.StatusMissing},
			}},
			{Agency: "Hilltop Fire Service", Cells: []model.SectionCell{{Section: model.SectionOutcomes, Status: model.StatusMissing}}},
		}},
		Themes: model.ThemeTable{Themes: []model.ThemeFinding{{Key: "neglect", Title: "Neglect", Agencies: []model.ThemeAgency{
			{Agency: riverside, Development: true, Citations: []model.Citation{cite(riverside, model.SectionDevelopment, 9)}},
			{Agency: valePolice, Development: true, Citations: []model.Citation{cite(valePolice, model.SectionDevelopment, 14)}},
		}}}},
		Training: []model.TrainingFigure{{Agency: riverside, Course: "Level 3", Percent: 72, Text: "72%", BelowTarget: true,
			Citations: []model.Citation{cite(riverside, model.SectionActivity, 4)}}},
		Impact: []model.ImpactFinding{{Agency: valePolice, Reason: model.ImpactNoData, Detail: "the statement says it has no data on impact",
			Quote: quoteText, Citations: []model.Citation{cite(valePolice, model.SectionOutcomes, 11)}}},
		Publication: []model.PersonalDataFinding{{Agency: riverside, Kind: model.PDPhone, Text: secretText}},
	}
}

func testStatements() []*model.Statement {
	return []*model.Statement{{Agency: riverside}, {Agency: harbour}, {Agency: valePolice}}
}

// server answers every chat with content and records the request bodies.
type server struct {
	mu     sync.Mutex
	bodies []string
}

func newDrafter(t *testing.T, content string) (*Drafter, *server, *llm.Client) {
	t.Helper()
	s := &server{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.bodies = append(s.bodies, string(b))
		s.mu.Unlock()
		_ = json.NewEncoder(w).Encode(openai.ChatCompletionResponse{Choices: []openai.ChatCompletionChoice{
			{Message: openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: content}}}})
	}))
	t.Cleanup(srv.Close)
	c, err := llm.NewClient(llm.Settings{Mode: llm.ModeAssist, BaseURL: srv.URL + "/v1", Model: "test-model",
		Timeout: 5 * time.Second, Concurrency: 1}, llm.WithRetry(1, time.Millisecond, time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &template.Template{Sections: []template.Section{
		{Key: model.SectionContext, Title: "Agency Context"}, {Key: model.SectionOutcomes, Title: "Outcomes and Impact"}}}
	return New(c, tmpl), s, c
}

func notesJSON(notes ...answerNote) string {
	b, _ := json.Marshal(map[string]any{"notes": notes})
	return string(b)
}

func TestRequestSendsFactsOnly(t *testing.T) {
	d, s, c := newDrafter(t, notesJSON())
	if _, err := d.Draft(context.Background(), testAnalysis(), testStatements()); err != nil {
		t.Fatal(err)
	}
	if len(s.bodies) != 1 {
		t.Fatalf("%d requests, want 1", len(s.bodies))
	}
	var req openai.ChatCompletionRequest
	if err := json.Unmarshal([]byte(s.bodies[0]), &req); err != nil {
		t.Fatal(err)
	}
	if rf := req.ResponseFormat; rf == nil || rf.JSONSchema == nil || !rf.JSONSchema.Strict {
		t.Fatalf("response_format %+v, want a strict json_schema", rf)
	}
	for _, secret := range []string{secretText, quoteText, "Hilltop Fire Service"} {
		if strings.Contains(s.bodies[0], secret) {
			t.Errorf("the request carries %q", secret)
		}
	}
	// Facts travel as JSON lines, so their quotes are escaped.
	for _, want := range []string{"Outcomes and Impact section is missing", "Level 3: 72%, below the 90% target", `names as an area for development the theme \"Neglect\"`} {
		if !strings.Contains(req.Messages[1].Content, want) {
			t.Errorf("facts lack %q:\n%s", want, req.Messages[1].Content)
		}
	}
	if got := c.Sent(); got.NoteRequests != 1 || got.Blocks != 0 || got.Attempts != 1 {
		t.Errorf("Sent %+v", got)
	}
}

// factID finds the id of the fact containing text in the request sent.
func factIDs(t *testing.T, d *Drafter) map[string]string {
	t.Helper()
	names := agencyNames(testStatements())
	known := map[string]bool{}
	for _, n := range names {
		known[n] = true
	}
	out := map[string]string{}
	for _, f := range collectFacts(testAnalysis(), d.tmpl, known) {
		out[f.Agency+"|"+f.Text] = f.ID
	}
	return out
}

func TestNotesAreCheckedAgainstTheFacts(t *testing.T) {
	d, _, _ := newDrafter(t, "")
	ids := factIDs(t, d)
	find := func(agency, part string) string {
		for k, id := range ids {
			if strings.HasPrefix(k, agency+"|") && strings.Contains(k, part) {
				return id
			}
		}
		t.Fatalf("no fact about %s with %q in %v", agency, part, ids)
		return ""
	}
	neglectR, neglectV := find(riverside, "Neglect"), find(valePolice, "Neglect")
	training := find(riverside, "72%")
	answer := notesJSON(
		answerNote{Text: "Two partners name neglect for development: a candidate board priority.", Agencies: []string{riverside, "vale  constabulary"}, Facts: []string{neglectR, neglectV}},
		answerNote{Text: "Riverside's Level 3 training is at 72%, under the 90% target.", Agencies: []string{riverside}, Facts: []string{training}},
		answerNote{Text: "A note resting on nothing.", Agencies: nil, Facts: nil},
		answerNote{Text: "Hilltop has no outcomes.", Agencies: []string{"Hilltop Fire Service"}, Facts: []string{training}},
		answerNote{Text: "Unknown fact.", Agencies: []string{riverside}, Facts: []string{"F99"}},
		answerNote{Text: "Harbourside names neglect.", Agencies: []string{harbour}, Facts: []string{neglectR}},
		answerNote{Text: "Riverside trained 45% of staff.", Agencies: []string{riverside}, Facts: []string{training}},
		answerNote{Text: "   ", Agencies: []string{riverside}, Facts: []string{training}},
	)
	d, _, _ = newDrafter(t, answer)
	out, err := d.Draft(context.Background(), testAnalysis(), testStatements())
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Notes) != 2 {
		t.Fatalf("kept %d notes %+v, want 2; dropped %v", len(out.Notes), out.Notes, out.Dropped)
	}
	if got := out.Notes[0].Agencies; !slices.Equal(got, []string{riverside, valePolice}) {
		t.Errorf("agencies %v, want the statements' spelling", got)
	}
	wantCites := []model.Citation{cite(riverside, model.SectionDevelopment, 9), cite(valePolice, model.SectionDevelopment, 14)}
	if !slices.Equal(out.Notes[0].Citations, wantCites) {
		t.Errorf("citations %+v, want the cited facts' %+v", out.Notes[0].Citations, wantCites)
	}
	for i, why := range []string{"cites no agency", "sent no statement", "unknown fact", "cites no fact about it", "figure 45", "empty"} {
		if i >= len(out.Dropped) || !strings.Contains(out.Dropped[i], why) {
			t.Errorf("dropped %v: want entry %d to say %q", out.Dropped, i, why)
		}
	}
}

func TestBadAnswerGivesNoNotes(t *testing.T) {
	d, _, _ := newDrafter(t, `{"notes": [{"text": "unfinished`)
	out, err := d.Draft(context.Background(), testAnalysis(), testStatements())
	if err == nil || len(out.Notes) != 0 || !strings.Contains(err.Error(), "not JSON") {
		t.Errorf("got %+v, %v; want no notes and an error saying the answer was not JSON", out, err)
	}
}

func TestNothingToSaySendsNothing(t *testing.T) {
	d, s, c := newDrafter(t, notesJSON())
	a := testAnalysis()
	out, err := d.Draft(context.Background(), a, []*model.Statement{{Agency: "Moorland Housing Association"}})
	if err != nil || len(out.Notes) != 0 || len(s.bodies) != 0 || !c.Sent().Empty() {
		t.Errorf("got %+v, %v, %d requests; want nothing sent when no fact concerns a statement", out, err, len(s.bodies))
	}
}
