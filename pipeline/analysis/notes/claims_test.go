package notes

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// claimStatements are testStatements with the fictional blocks that
// testAnalysis cites, so a note can be checked against what the agencies
// wrote.
func claimStatements() []*model.Statement {
	para := func(i int, text string) model.Block {
		return &model.Paragraph{Position: model.Position{Index: i}, Text: text}
	}
	doc := func(file string, blocks ...model.Block) []*model.Document {
		return []*model.Document{{Source: model.Source{Path: file}, Blocks: blocks}}
	}
	st := testStatements()
	st[0].Documents = doc("riverside.docx",
		para(4, "Level 3 safeguarding training compliance is 72 per cent across 1,450 staff."),
		para(9, "Neglect: we will embed the graded care profile across community nursing."))
	st[2].Documents = doc("vale.docx",
		para(11, quoteText+" of our training."),
		para(14, "Neglect: roll out the graded care profile to response officers."))
	return st
}

// draftWith drafts over the fake server, which answers notes.
func draftWith(t *testing.T, notes ...answerNote) (Outcome, *llmtest.Server) {
	t.Helper()
	f := llmtest.NewServer(t, llmtest.Content(notesJSON(notes...)))
	c, err := llm.NewClient(llm.Settings{Mode: llm.ModeAssist, BaseURL: f.BaseURL(), Model: "test-model",
		Timeout: 5 * time.Second, Concurrency: 1}, llm.WithRetry(1, time.Millisecond, time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	d, _, _ := newDrafter(t, "")
	out, err := New(c, d.tmpl).Draft(context.Background(), testAnalysis(), claimStatements())
	if err != nil {
		t.Fatal(err)
	}
	return out, f
}

// Invented claims with valid citations are dropped, naming the sentence and
// what it lacks; faithful notes, resting on the facts and on the words of
// the blocks the facts cite, are kept.
func TestInventedClaimsAreDropped(t *testing.T) {
	d, _, _ := newDrafter(t, "")
	ids := factIDs(t, d)
	id := func(agency, part string) string {
		for k, v := range ids {
			if strings.HasPrefix(k, agency+"|") && strings.Contains(k, part) {
				return v
			}
		}
		t.Fatalf("no fact about %s with %q", agency, part)
		return ""
	}
	training, neglectR, neglectV := id(riverside, "72%"), id(riverside, "Neglect"), id(valePolice, "Neglect")
	r, both := []string{riverside}, []string{riverside, valePolice}
	out, f := draftWith(t,
		answerNote{Text: "Riverside's Level 3 training is at 72 per cent. A further 81% of nursing staff finished it.", Agencies: r, Facts: []string{training}},
		answerNote{Text: "Riverside's Level 3 training is at 72%: its nursing teams failed every inspection and must be reported to Ofsted immediately.", Agencies: r, Facts: []string{training}},
		answerNote{Text: "Riverside names neglect for development and will train response officers.", Agencies: r, Facts: []string{neglectR}},
		answerNote{Text: "Riverside's Level 3 safeguarding training compliance is 72% across 1450 staff, below the 90% target.", Agencies: r, Facts: []string{training}},
		answerNote{Text: "Riverside and Vale both name neglect for development. Both plan to embed the graded care profile.", Agencies: both, Facts: []string{neglectR, neglectV}},
		// Vale's fact is cited but Vale is not named, so its block is not
		// among the note's citations and cannot back it.
		answerNote{Text: "Riverside names neglect: response officers.", Agencies: r, Facts: []string{neglectR, neglectV}},
	)
	if len(f.Requests()) != 1 {
		t.Fatalf("%d requests, want 1", len(f.Requests()))
	}
	for i, why := range []string{
		`draft note 1 dropped: 'A further 81% of nursing staff finished it.' cites figures not in its sources (figure 81%)`,
		`draft note 2 dropped: 'Riverside's Level 3 training is at 72%: its nursing teams failed every inspection and must be reported to Ofsted imme...' uses terms not in its sources (Ofsted, nursing, teams, failed, inspection, reported, immediately)`,
		`draft note 3 dropped: 'Riverside names neglect for development and will train response officers.' uses terms not in its sources (train, response, officers)`,
		`draft note 6 dropped: 'Riverside names neglect: response officers.' uses terms not in its sources (response, officers)`,
	} {
		if i >= len(out.Dropped) || out.Dropped[i] != why {
			t.Errorf("dropped %q:\nwant entry %d to be %q", out.Dropped, i, why)
		}
	}
	if len(out.Notes) != 2 || !strings.HasPrefix(out.Notes[0].Text, "Riverside's Level 3 safeguarding") || !strings.Contains(out.Notes[1].Text, "graded care profile") {
		t.Fatalf("kept %+v, want the two faithful notes", out.Notes)
	}
}
