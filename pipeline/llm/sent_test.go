package llm

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

func TestSentSummaryNamesTheEndpoint(t *testing.T) {
	s := Sent{Endpoint: "http://127.0.0.1:11434/v1", Model: "llama3.1", Documents: 2, Blocks: 31, Attempts: 3}
	got := s.Summary()
	for _, want := range []string{"31 block(s)", "2 document(s)", "http://127.0.0.1:11434/v1", "llama3.1", "3 HTTP"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary %q lacks %q", got, want)
		}
	}
	notesOnly := Sent{Endpoint: "http://[::1]:8080/v1", Model: "m", NoteRequests: 1, Attempts: 1}.Summary()
	if !strings.Contains(notesOnly, "analysis facts") || strings.Contains(notesOnly, "block(s)") {
		t.Errorf("notes-only summary %q", notesOnly)
	}
}

func TestTakeSentStartsAgain(t *testing.T) {
	f := llmtest.NewServer(t, llmtest.Content(okAnswer))
	c := newTestClient(t, f)
	for range 2 {
		if _, err := chat(c); err != nil {
			t.Fatal(err)
		}
	}
	first := c.TakeSent()
	if first.Documents != 2 || first.Attempts != 2 {
		t.Errorf("first run sent %+v, want 2 documents", first)
	}
	if again := c.TakeSent(); !again.Empty() || again.Endpoint != first.Endpoint {
		t.Errorf("after TakeSent: %+v, want nothing sent to the same endpoint", again)
	}
}
