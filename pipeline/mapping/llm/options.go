package llm

import (
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// settings are what Options change.
type settings struct {
	httpClient openai.HTTPDoer
	retry      retryPolicy
	client     *Client
}

// Option changes how New or NewClient builds its value.
type Option func(*settings)

// WithHTTPClient sets the HTTP client (default: a plain http.Client; the
// per-attempt timeout comes from config.LLM.Timeout either way).
func WithHTTPClient(c openai.HTTPDoer) Option {
	return func(s *settings) { s.httpClient = c }
}

// WithRetry sets the attempts (first included) and the backoff before the
// second attempt and its cap. Tests use short backoffs.
func WithRetry(attempts int, base, maxWait time.Duration) Option {
	return func(s *settings) {
		s.retry.attempts = max(attempts, 1)
		s.retry.base, s.retry.max = base, maxWait
	}
}

// WithMaxRetryAfter sets the longest Retry-After the client waits for;
// a server asking for more makes the document fall back to the rules.
func WithMaxRetryAfter(d time.Duration) Option {
	return func(s *settings) { s.retry.maxRetryAfter = d }
}

// WithClient makes New use an existing Client (so mapping and draft notes
// share one semaphore and one Sent record) instead of building its own.
func WithClient(c *Client) Option {
	return func(s *settings) { s.client = c }
}

func applyOptions(opts []Option) settings {
	s := settings{httpClient: &http.Client{}, retry: defaultRetry}
	for _, o := range opts {
		o(&s)
	}
	return s
}
