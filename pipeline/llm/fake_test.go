package llm

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

// okAnswer is what the fake server answers when it answers well; the
// client passes it on unread, since the answer's shape is the caller's.
const okAnswer = `{"labels":[]}`

// fastRetry keeps backoffs short in tests.
var fastRetry = WithRetry(3, time.Millisecond, 5*time.Millisecond)

func testSettings(mode, baseURL string) Settings {
	return Settings{Mode: mode, BaseURL: baseURL, Model: "test-model",
		Timeout: 5 * time.Second, Concurrency: 2}
}

// newTestClient builds a client in full mode for srv, with fast retries.
func newTestClient(t *testing.T, srv *llmtest.Server, opts ...Option) *Client {
	t.Helper()
	c, err := NewClient(testSettings(ModeFull, srv.BaseURL()), append([]Option{fastRetry}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// chat sends one document's worth of request, as the mapper would.
func chat(c *Client) (string, error) {
	return c.Chat(context.Background(), Request{
		System: "label the blocks", User: `{"id":0,"text":"Riverside Community Health Trust"}`,
		SchemaName: "block_labels", Schema: json.RawMessage(`{"type":"object"}`),
		Carries: Sent{Documents: 1, Blocks: 7},
	})
}
