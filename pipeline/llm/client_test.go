package llm

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

func TestAPIKeyComesFromTheNamedVariable(t *testing.T) {
	t.Setenv("REPORTPIPE_TEST_LLM_KEY", "sk-fictional")
	f := llmtest.NewServer(t, llmtest.Content(okAnswer))
	s := testSettings(ModeFull, f.BaseURL())
	s.APIKeyEnv = "REPORTPIPE_TEST_LLM_KEY"
	c, err := NewClient(s, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chat(c); err != nil {
		t.Fatal(err)
	}
	if got := f.Auth()[0]; got != "Bearer sk-fictional" {
		t.Errorf("Authorization %q", got)
	}
}

// The client passes the answer's content on as it came, and asks in the
// shape every caller relies on: system then user, a strict JSON schema.
func TestChatSendsAStrictSchemaAndReturnsTheContent(t *testing.T) {
	f := llmtest.NewServer(t, llmtest.Content(okAnswer))
	got, err := chat(newTestClient(t, f))
	if err != nil || got != okAnswer {
		t.Fatalf("Chat = %q, %v; want %q", got, err, okAnswer)
	}
	req := f.Requests()[0]
	if rf := req.ResponseFormat; rf == nil || rf.JSONSchema == nil || !rf.JSONSchema.Strict || rf.JSONSchema.Name != "block_labels" {
		t.Errorf("response_format %+v, want the strict json_schema block_labels", rf)
	}
	if len(req.Messages) != 2 || req.Messages[0].Role != "system" || req.Messages[1].Role != "user" || req.Model != "test-model" {
		t.Errorf("request %+v", req)
	}
}
