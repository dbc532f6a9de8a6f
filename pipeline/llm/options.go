package llm

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// options are what Options change.
type options struct {
	httpClient openai.HTTPDoer
	retry      retryPolicy
}

// Option changes how NewClient builds its Client.
type Option func(*options)

// WithHTTPClient sets the HTTP client (default: an http.Client that follows
// no redirects; the per-attempt timeout comes from Settings.Timeout either
// way).
func WithHTTPClient(c openai.HTTPDoer) Option {
	return func(s *options) { s.httpClient = c }
}

// WithRetry sets the attempts (first included) and the backoff before the
// second attempt and its cap. Tests use short backoffs.
func WithRetry(attempts int, base, maxWait time.Duration) Option {
	return func(s *options) {
		s.retry.attempts = max(attempts, 1)
		s.retry.base, s.retry.max = base, maxWait
	}
}

// WithMaxRetryAfter sets the longest Retry-After the client waits for;
// a server asking for more gets an error at once, so the caller falls back
// (the mapper to the rules) instead of stalling the run.
func WithMaxRetryAfter(d time.Duration) Option {
	return func(s *options) { s.retry.maxRetryAfter = d }
}

func applyOptions(opts []Option) options {
	s := options{httpClient: &http.Client{CheckRedirect: refuseRedirect, Transport: localTransport()}, retry: defaultRetry}
	for _, o := range opts {
		o(&s)
	}
	return s
}

// refuseRedirect stops the client following a redirect: a 307 or 308 would
// re-send the statement text to wherever the server points, past the
// privacy guard's check of llm.base_url.
func refuseRedirect(req *http.Request, _ []*http.Request) error {
	return fmt.Errorf("the server redirected to %s, and reportpipe does not follow redirects with statement text: set llm.base_url to the final address", req.URL.Redacted())
}

// localTransport is the default transport, except that "localhost" is
// dialled as 127.0.0.1 itself: the guard let it through as this machine,
// so no resolver (a hosts file without it falls through to DNS) may send
// the connection anywhere else.
func localTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	var d net.Dialer
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if host, port, err := net.SplitHostPort(addr); err == nil && strings.EqualFold(host, "localhost") {
			addr = net.JoinHostPort("127.0.0.1", port)
		}
		return d.DialContext(ctx, network, addr)
	}
	return t
}
