package llmtest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	openai "github.com/sashabaranov/go-openai"
)

// Reply answers the n-th chat request the server got (counting from 1).
type Reply func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request)

// Server speaks the chat-completions API at BaseURL through a Reply,
// recording the requests it was sent and their Authorization headers.
type Server struct {
	srv   *httptest.Server
	reply Reply

	mu   sync.Mutex
	reqs []openai.ChatCompletionRequest
	auth []string
}

// NewServer starts a Server that the test's cleanup closes.
func NewServer(t testing.TB, reply Reply) *Server {
	t.Helper()
	s := &Server{reply: reply}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.srv.Close)
	return s
}

// BaseURL is the base URL to configure, the way llm.base_url is written.
func (s *Server) BaseURL() string { return s.srv.URL + "/v1" }

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	body, _ := io.ReadAll(r.Body)
	var req openai.ChatCompletionRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.auth = append(s.auth, r.Header.Get("Authorization"))
	n := len(s.reqs)
	s.mu.Unlock()
	s.reply(n, req, w, r)
}

// Requests returns the chat requests received so far.
func (s *Server) Requests() []openai.ChatCompletionRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), s.reqs...)
}

// Auth returns the Authorization header of each request received so far.
func (s *Server) Auth() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.auth...)
}
