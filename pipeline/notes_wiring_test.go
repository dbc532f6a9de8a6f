package pipeline_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

// notesReply answers a draft-notes request with two notes on the first
// fact it was sent, both citing it: one repeating the fact, one adding a
// figure the fact and its blocks do not hold. Label requests get an answer
// the mapper refuses, so the rules place every block.
func notesReply(_ int, req openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
	if rf := req.ResponseFormat; rf == nil || rf.JSONSchema == nil || rf.JSONSchema.Name != "draft_notes" {
		llmtest.WriteContent(w, "not the labels")
		return
	}
	var f struct{ ID, Agency, Fact string }
	sc := bufio.NewScanner(strings.NewReader(req.Messages[len(req.Messages)-1].Content))
	for sc.Scan() && f.ID == "" {
		_ = json.Unmarshal(sc.Bytes(), &f)
	}
	note := func(text string) map[string]any {
		return map[string]any{"text": text, "agencies": []string{f.Agency}, "facts": []string{f.ID}}
	}
	b, _ := json.Marshal(map[string]any{"notes": []any{
		note(fmt.Sprintf("%s: %s.", f.Agency, f.Fact)),
		note(fmt.Sprintf("%s: %s, at 47.5%%.", f.Agency, f.Fact)),
	}})
	llmtest.WriteContent(w, string(b))
}

// A draft note with a valid citation but an invented figure is left out
// of the analysis, and the run's notes say which sentence and figure.
func TestInventedFigureInADraftNoteIsARunNote(t *testing.T) {
	f := llmtest.NewServer(t, notesReply)
	subs := t.TempDir()
	copyInto(t, subs, filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.LLM.Mode, cfg.LLM.BaseURL, cfg.LLM.Timeout, cfg.LLM.Notes = "assist", f.BaseURL(), 5*time.Second, true
	res := runPipeline(t, cfg)
	if res.Report.Analysis == nil || len(res.Report.Analysis.Notes) != 1 || strings.Contains(res.Report.Analysis.Notes[0].Text, "47.5") {
		t.Fatalf("analysis notes %+v, want the faithful note only", res.Report.Analysis)
	}
	notes := strings.Join(res.Report.Notes, "\n")
	if !strings.Contains(notes, "draft note 2 dropped: '") || !strings.Contains(notes, "cites figures not in its sources (figure 47.5%)") {
		t.Errorf("run notes do not say why the second note was dropped:\n%s", notes)
	}
}
