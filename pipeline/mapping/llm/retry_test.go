package llm

import (
	"context"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// failFirst answers status (with Retry-After: 0) to the first fails
// requests, then labels like a good model.
func failFirst(t *testing.T, status, fails int) func(int, openai.ChatCompletionRequest, http.ResponseWriter, *http.Request) {
	good := labelAll(t, "activity", 0.8)
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

func TestRetriesThenSucceeds(t *testing.T) {
	for _, status := range []int{http.StatusTooManyRequests, http.StatusServiceUnavailable, http.StatusBadGateway} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			f := newFakeServer(t, failFirst(t, status, 2))
			m := newMapper(t, f, ModeFull, fakeRules{})
			pl, err := m.Map(context.Background(), testDoc("a.docx"))
			if err != nil {
				t.Fatal(err)
			}
			if pl[1].Mapper != "llm" {
				t.Errorf("placement by %q after retries, want llm", pl[1].Mapper)
			}
			if n := len(f.requests()); n != 3 {
				t.Errorf("%d requests, want 3 (two failures and a success)", n)
			}
			if s := m.Sent(); s.Attempts != 3 || s.Documents != 1 {
				t.Errorf("Sent %+v: a retried document counts once, each attempt once", s)
			}
		})
	}
}

func TestRetriesAreBounded(t *testing.T) {
	for _, status := range []int{http.StatusTooManyRequests, http.StatusServiceUnavailable} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			f := newFakeServer(t, failFirst(t, status, 1000))
			assertFallback(t, newMapper(t, f, ModeFull, fakeRules{}), "after 3 attempts")
			if n := len(f.requests()); n != 3 {
				t.Errorf("%d requests, want the 3 attempts allowed", n)
			}
		})
	}
}

func TestClientErrorsAreNotRetried(t *testing.T) {
	f := newFakeServer(t, failFirst(t, http.StatusBadRequest, 1000))
	assertFallback(t, newMapper(t, f, ModeFull, fakeRules{}), "HTTP 400")
	if n := len(f.requests()); n != 1 {
		t.Errorf("%d requests for a 400, want 1", n)
	}
}

func TestLongRetryAfterIsNotWaitedFor(t *testing.T) {
	f := newFakeServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, `{"error":{"message":"quota"}}`, http.StatusTooManyRequests)
	})
	assertFallback(t, newMapper(t, f, ModeFull, fakeRules{}), "asked to wait 1h0m0s")
	if n := len(f.requests()); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

func TestSlowAnswerPastTimeoutFallsBack(t *testing.T) {
	release := make(chan struct{})
	f := newFakeServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		select { // answer only after the client gave up (or the test ends)
		case <-r.Context().Done():
		case <-release:
		}
		writeContent(w, labelsJSON(1, 2, 3, 4, 5, 6))
	})
	defer close(release)
	cfg := f.cfg(ModeFull)
	cfg.Timeout = 20 * time.Millisecond
	m, err := New(cfg, testTemplate(), fakeRules{}, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	assertFallback(t, m, "llm.timeout")
	if n := m.Sent().Attempts; n != 1 {
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
	cfg := testCfg(ModeFull, "http://"+addr+"/v1")
	doer := &countingDoer{inner: http.DefaultClient}
	m, err := New(cfg, testTemplate(), fakeRules{}, fastRetry, WithHTTPClient(doer))
	if err != nil {
		t.Fatal(err)
	}
	assertFallback(t, m, "could not be reached")
	assertFallback(t, m, "not asked")
	if n := doer.n.Load(); n != 1 {
		t.Errorf("%d connection attempts, want 1 for the whole run", n)
	}
	if s := m.Sent(); !s.Empty() {
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
	good := labelAll(t, "activity", 0.8)
	f := newFakeServer(t, func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		cur := inFlight.Add(1)
		defer inFlight.Add(-1)
		for old := peak.Load(); cur > old && !peak.CompareAndSwap(old, cur); old = peak.Load() {
		}
		time.Sleep(5 * time.Millisecond) // give others the chance to overlap
		good(n, req, w, r)
	})
	cfg := f.cfg(ModeFull)
	cfg.Concurrency = 2
	m, err := New(cfg, testTemplate(), fakeRules{}, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 6)
	for i := range 6 {
		go func() {
			_, err := m.Map(context.Background(), testDoc(strings.Repeat("x", i+1)+".docx"))
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
	if s := m.Sent(); s.Documents != 6 {
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
	elsewhere := newFakeServer(t, labelAll(t, "activity", 0.9))
	f := newFakeServer(t, func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.srv.URL+"/v1/chat/completions", http.StatusTemporaryRedirect)
	})
	assertFallback(t, newMapper(t, f, ModeFull, fakeRules{}), "redirected")
	if n := len(elsewhere.requests()); n != 0 {
		t.Errorf("the redirect target got %d request(s)", n)
	}
	if n := len(f.requests()); n != 1 {
		t.Errorf("%d requests: a redirect is not retried", n)
	}
}

func TestDroppedConnectionIsRetried(t *testing.T) {
	good := labelAll(t, "activity", 0.8)
	f := newFakeServer(t, func(n int, req openai.ChatCompletionRequest, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close() // hang up without an answer
			}
			return
		}
		good(n, req, w, r)
	})
	m := newMapper(t, f, ModeFull, fakeRules{})
	pl, err := m.Map(context.Background(), testDoc("a.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if pl[1].Mapper != "llm" || len(f.requests()) != 2 {
		t.Errorf("mapper %q after %d requests; want llm after a retry", pl[1].Mapper, len(f.requests()))
	}
	if n := m.Notes(); len(n) != 0 {
		t.Errorf("notes %v", n)
	}
}
