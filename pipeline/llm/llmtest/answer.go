package llmtest

import (
	"encoding/json"
	"net/http"

	openai "github.com/sashabaranov/go-openai"
)

// WriteContent answers with one choice holding content.
func WriteContent(w http.ResponseWriter, content string) {
	resp := openai.ChatCompletionResponse{ID: "x", Object: "chat.completion", Model: "test-model",
		Choices: []openai.ChatCompletionChoice{{Index: 0, FinishReason: openai.FinishReasonStop,
			Message: openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: content}}}}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

// Content is a Reply that always answers content.
func Content(content string) Reply {
	return func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		WriteContent(w, content)
	}
}

// FailFirst answers status (with Retry-After: 0, so a retry need not wait)
// to the first fails requests, then hands over to good.
func FailFirst(status, fails int, good Reply) Reply {
	return func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		if n <= fails {
			w.Header().Set("Retry-After", "0")
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			_, _ = w.Write([]byte(`{"error":{"message":"busy","type":"server_error"}}`))
			return
		}
		good(n, req, w, r)
	}
}
