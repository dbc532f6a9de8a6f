package llm

import (
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

// assertChatFails sends one request and checks that the error says why.
func assertChatFails(t *testing.T, c *Client, inErr string) {
	t.Helper()
	got, err := chat(c)
	if err == nil || !strings.Contains(err.Error(), inErr) {
		t.Fatalf("Chat = %q, %v; want an error mentioning %q", got, err, inErr)
	}
}

func TestRetriesThenSucceeds(t *testing.T) {
	for _, status := range []int{http.StatusTooManyRequests, http.StatusServiceUnavailable, http.StatusBadGateway} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			f := llmtest.NewServer(t, llmtest.FailFirst(status, 2, llmtest.Content(okAnswer)))
			c := newTestClient(t, f)
			got, err := chat(c)
			if err != nil {
				t.Fatal(err)
			}
			if got != okAnswer {
				t.Errorf("answer %q after retries, want %q", got, okAnswer)
			}
			if n := len(f.Requests()); n != 3 {
				t.Errorf("%d requests, want 3 (two failures and a success)", n)
			}
			if s := c.Sent(); s.Attempts != 3 || s.Documents != 1 {
				t.Errorf("Sent %+v: a retried document counts once, each attempt once", s)
			}
		})
	}
}

func TestRetriesAreBounded(t *testing.T) {
	for _, status := range []int{http.StatusTooManyRequests, http.StatusServiceUnavailable} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			f := llmtest.NewServer(t, llmtest.FailFirst(status, 1000, llmtest.Content(okAnswer)))
			assertChatFails(t, newTestClient(t, f), "after 3 attempts")
			if n := len(f.Requests()); n != 3 {
				t.Errorf("%d requests, want the 3 attempts allowed", n)
			}
		})
	}
}

func TestClientErrorsAreNotRetried(t *testing.T) {
	f := llmtest.NewServer(t, llmtest.FailFirst(http.StatusBadRequest, 1000, llmtest.Content(okAnswer)))
	assertChatFails(t, newTestClient(t, f), "HTTP 400")
	if n := len(f.Requests()); n != 1 {
		t.Errorf("%d requests for a 400, want 1", n)
	}
}

func TestLongRetryAfterIsNotWaitedFor(t *testing.T) {
	f := llmtest.NewServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, `{"error":{"message":"quota"}}`, http.StatusTooManyRequests)
	})
	assertChatFails(t, newTestClient(t, f), "asked to wait 1h0m0s")
	if n := len(f.Requests()); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

func TestSlowAnswerPastTimeoutFails(t *testing.T) {
	release := make(chan struct{})
	f := llmtest.NewServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		select { // answer only after the client gave up (or the test ends)
		case <-r.Context().Done():
		case <-release:
		}
		llmtest.WriteContent(w, okAnswer)
	})
	defer close(release)
	s := testSettings(ModeFull, f.BaseURL())
	s.Timeout = 20 * time.Millisecond
	c, err := NewClient(s, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	assertChatFails(t, c, "llm.timeout")
	if n := c.Sent().Attempts; n != 1 {
		t.Errorf("%d attempts, want 1: a timeout is not retried", n)
	}
}

func TestUnreachableServerIsAskedOnce(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	doer := &countingDoer{inner: http.DefaultClient}
	c, err := NewClient(testSettings(ModeFull, "http://"+addr+"/v1"), fastRetry, WithHTTPClient(doer))
	if err != nil {
		t.Fatal(err)
	}
	assertChatFails(t, c, "could not be reached")
	assertChatFails(t, c, "not asked")
	if n := doer.n.Load(); n != 1 {
		t.Errorf("%d connection attempts, want 1 for the whole run", n)
	}
	if s := c.Sent(); !s.Empty() {
		t.Errorf("Sent %+v: a refused connection sent nothing", s)
	}
}

// countingDoer counts the requests it passes on.
type countingDoer struct {
	inner *http.Client
	n     atomic.Int32
}

func (d *countingDoer) Do(r *http.Request) (*http.Response, error) {
	d.n.Add(1)
	return d.inner.Do(r)
}

func TestConcurrencyIsLimited(t *testing.T) {
	var inFlight, peak atomic.Int32
	f := llmtest.NewServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		cur := inFlight.Add(1)
		defer inFlight.Add(-1)
		for old := peak.Load(); cur > old && !peak.CompareAndSwap(old, cur); old = peak.Load() {
		}
		time.Sleep(5 * time.Millisecond) // give others the chance to overlap
		llmtest.WriteContent(w, okAnswer)
	})
	s := testSettings(ModeFull, f.BaseURL())
	s.Concurrency = 2
	c, err := NewClient(s, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 6)
	for range 6 {
		go func() {
			_, err := chat(c)
			errs <- err
		}()
	}
	for range 6 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if p := peak.Load(); p > 2 {
		t.Errorf("%d requests in flight at once, want at most llm.concurrency=2", p)
	}
	if s := c.Sent(); s.Documents != 6 {
		t.Errorf("Sent.Documents = %d, want 6", s.Documents)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 26, 1, 0, 0, 0, time.UTC)
	cases := map[string]time.Duration{
		"":                              0,
		"7":                             7 * time.Second,
		"-3":                            0,
		"soon":                          0,
		"Thu, 26 Nov 2026 01:00:30 GMT": 30 * time.Second,
		"Thu, 26 Nov 2026 00:59:00 GMT": 0,
	}
	for in, want := range cases {
		if got := parseRetryAfter(in, now); got != want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestBackoffGrowsWithJitterAndHonoursRetryAfter(t *testing.T) {
	p := retryPolicy{attempts: 5, base: 100 * time.Millisecond, max: time.Second}
	for n, full := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond, 5: time.Second} {
		for range 50 {
			if d := p.backoff(n, 0); d < full/2 || d > full {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", n, d, full/2, full)
			}
		}
	}
	if d := p.backoff(1, 3*time.Second); d != 3*time.Second {
		t.Errorf("backoff with Retry-After 3s = %v", d)
	}
}

func TestRedirectsAreNotFollowed(t *testing.T) {
	elsewhere := llmtest.NewServer(t, llmtest.Content(okAnswer))
	f := llmtest.NewServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.BaseURL()+"/chat/completions", http.StatusTemporaryRedirect)
	})
	assertChatFails(t, newTestClient(t, f), "redirected")
	if n := len(elsewhere.Requests()); n != 0 {
		t.Errorf("the redirect target got %d request(s)", n)
	}
	if n := len(f.Requests()); n != 1 {
		t.Errorf("%d requests: a redirect is not retried", n)
	}
}

func TestDroppedConnectionIsRetried(t *testing.T) {
	good := llmtest.Content(okAnswer)
	f := llmtest.NewServer(t, func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close() // hang up without an answer
			}
			return
		}
		good(n, req, w, r)
	})
	got, err := chat(newTestClient(t, f))
	if err != nil {
		t.Fatalf("Chat: %v, want an answer after a retry", err)
	}
	if got != okAnswer || len(f.Requests()) != 2 {
		t.Errorf("answer %q after %d requests; want %q after a retry", got, len(f.Requests()), okAnswer)
	}
}

// An Ollama-style error body ({"error": "..."}, a string) still carries a
// 500 or 429 that is retried: go-openai loses the status on such a body.
func TestServerErrorsAreRetriedWhateverTheBody(t *testing.T) {
	for _, status := range []int{http.StatusInternalServerError, http.StatusTooManyRequests} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			failing := 0
			reply := func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
				if n <= 2 {
					failing++
					w.Header().Set("Retry-After", "0")
					w.Header().Set("Content-Type", "application/json")
					w.WriteHeader(status)
					_, _ = w.Write([]byte(`{"error":"model runner has unexpectedly stopped"}`))
					return
				}
				llmtest.WriteContent(w, okAnswer)
			}
			f := llmtest.NewServer(t, reply)
			got, err := chat(newTestClient(t, f))
			if err != nil || got != okAnswer {
				t.Fatalf("got %q, %v after %d failures; want the answer after retries", got, err, failing)
			}
			if n := len(f.Requests()); n != 3 {
				t.Errorf("%d requests, want 3", n)
			}
		})
	}
}
