package llm

import (
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"syscall"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// retryPolicy bounds the retries of 429 and 5xx answers: go-openai does not
// retry, and a busy local server often answers 503 while it loads a model.
type retryPolicy struct {
	attempts int           // total attempts, first included
	base     time.Duration // backoff before the second attempt
	max      time.Duration // cap on one backoff
	// maxRetryAfter: a server asking for a longer wait is not waited for;
	// the document falls back to the rules instead of stalling the run.
	maxRetryAfter time.Duration
}

var defaultRetry = retryPolicy{attempts: 4, base: time.Second, max: 20 * time.Second, maxRetryAfter: time.Minute}

// backoff is the wait before attempt n+1 (n counts from 1): exponential with
// full jitter, so parallel documents do not retry in step, and never
// shorter than the server's Retry-After.
func (p retryPolicy) backoff(n int, retryAfter time.Duration) time.Duration {
	d := p.base << (n - 1)
	if d > p.max || d <= 0 {
		d = p.max
	}
	if d > 0 {
		d = d/2 + rand.N(d/2+1)
	}
	return max(d, retryAfter)
}

// statusOf returns the HTTP status of an API error, or 0.
func statusOf(err error) int {
	if se, ok := errors.AsType[*statusError](err); ok {
		return se.status
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// retryable: 429 and 5xx answers, and a connection dropped mid-answer.
// Nothing else is: a refused connection would fail again at once, a
// timeout would double a long wait, a refused redirect or a garbled answer
// would come back the same.
func retryable(err error) bool {
	if s := statusOf(err); s != 0 {
		return s == http.StatusTooManyRequests || s >= 500
	}
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET)
}

// unreachable reports a failure to connect at all (nothing listening, no
// route, unknown host), after which the run stops asking this endpoint.
func unreachable(err error) bool {
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		return true
	}
	var dnsErr *net.DNSError
	return errors.As(err, &dnsErr)
}

// retryAfterKey carries a *time.Duration slot in a request's context, which
// the recording doer fills from the answer's Retry-After header (go-openai
// turns an error answer into an error value without its headers).
type retryAfterKey struct{}

// recordingDoer wraps the HTTP client to read Retry-After off answers.
// It also bounds the answer's size (maxAnswer bytes): go-openai would
// otherwise read an answer of any length into memory.
type recordingDoer struct {
	inner     openai.HTTPDoer
	now       func() time.Time
	maxAnswer int64
}

func (d recordingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.inner.Do(req)
	if err != nil || resp == nil {
		return resp, err
	}
	if slot, ok := req.Context().Value(retryAfterKey{}).(*time.Duration); ok {
		*slot = parseRetryAfter(resp.Header.Get("Retry-After"), d.now())
	}
	if slot, ok := req.Context().Value(statusKey{}).(*int); ok {
		*slot = resp.StatusCode
	}
	return boundBody(resp, d.maxAnswer)
}

// parseRetryAfter reads delay-seconds or an HTTP date; 0 when absent or bad.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// statusKey carries an *int slot the recording doer fills with the
// answer's HTTP status: go-openai loses it when the error body is not the
// shape it expects ({"error": "..."} from Ollama), and a 500 or 429 must be
// retried whatever its body says.
type statusKey struct{}

// statusError is a failed attempt with the HTTP status it was answered.
type statusError struct {
	status int
	err    error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }
