package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Client speaks the OpenAI chat-completions API to one endpoint behind the
// privacy guard, with bounded retries, a concurrency limit and a record of
// what was sent. It is safe for concurrent use; one Client serves a run.
type Client struct {
	api      *openai.Client
	model    string
	endpoint string
	timeout  time.Duration
	retry    retryPolicy
	sem      chan struct{}
	sent     sentLog
	budget   budget

	mu   sync.Mutex
	down string // why the endpoint is not asked again this run, once unreachable
}

// NewClient checks cfg against the privacy guard and builds a Client; a
// refusal is a *ConfigError. The API key is read from the environment
// variable named by cfg.APIKeyEnv; it may be unset for a local server.
func NewClient(cfg Settings, opts ...Option) (*Client, error) {
	if err := CheckMode(cfg.Mode); err != nil {
		return nil, err
	}
	u, err := checkEndpoint(cfg.BaseURL, cfg.AllowRemote)
	if err != nil {
		return nil, err
	}
	if cfg.Model == "" {
		return nil, configError("llm.model", "no model is named",
			"Set llm.model to the model the server runs, e.g. llama3.1")
	}
	s := applyOptions(opts)
	oc := openai.DefaultConfig(apiKey(cfg.APIKeyEnv))
	oc.BaseURL = u.String()
	maxAnswer := cfg.MaxAnswerBytes
	if maxAnswer <= 0 {
		maxAnswer = DefaultMaxAnswerBytes
	}
	oc.HTTPClient = recordingDoer{inner: s.httpClient, now: time.Now, maxAnswer: maxAnswer}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 60 * time.Second
	}
	c := &Client{
		api: openai.NewClientWithConfig(oc), model: cfg.Model,
		endpoint: u.Redacted(), timeout: timeout, retry: s.retry,
		sem: make(chan struct{}, max(cfg.Concurrency, 1)),
	}
	c.sent.s = Sent{Endpoint: c.endpoint, Model: c.model}
	c.budget.limit = cfg.Budget
	return c, nil
}

func apiKey(env string) string {
	if env == "" {
		return ""
	}
	return os.Getenv(env)
}

// Model returns the model's name, for evidence and notes.
func (c *Client) Model() string { return c.model }

// Endpoint returns the base URL requests go to (without any password).
func (c *Client) Endpoint() string { return c.endpoint }

// Sent returns what this client has sent so far.
func (c *Client) Sent() Sent { return c.sent.get() }

// TakeSent returns what was sent since the last TakeSent and starts the
// count again, so each run of a long-lived pipeline (watch) reports its own.
func (c *Client) TakeSent() Sent { return c.sent.take() }

// Request is one chat: the messages, the strict JSON schema its answer must
// follow, and what it carries for the Sent record.
type Request struct {
	System, User string
	SchemaName   string
	Schema       json.RawMessage
	Carries      Sent // Documents, Blocks or NoteRequests this request sends
}

// Chat sends req, retrying 429 and 5xx with backoff, and returns the
// answer's content. Errors say in plain English why there is no answer.
func (c *Client) Chat(ctx context.Context, req Request) (string, error) {
	if why := c.isDown(); why != "" {
		return "", fmt.Errorf("not asked: %s", why)
	}
	ctx, cancel, err := c.withBudget(ctx)
	if err != nil {
		return "", fmt.Errorf("not asked: %w", err)
	}
	defer cancel()
	select {
	case c.sem <- struct{}{}:
		defer func() { <-c.sem }()
	case <-ctx.Done():
		return "", context.Cause(ctx)
	}
	creq := c.chatRequest(req)
	for n := 1; ; n++ {
		content, retryAfter, err := c.attempt(ctx, creq, req.Carries, n == 1)
		switch {
		case err == nil:
			return content, nil
		case ctx.Err() != nil:
			return "", context.Cause(ctx) // the run's budget, or the caller's cancel
		case !retryable(err) || n == c.retry.attempts:
			return "", c.failure(err, n)
		case retryAfter > c.retry.maxRetryAfter:
			return "", fmt.Errorf("%s and asked to wait %s, longer than reportpipe waits: %w", describe(err), retryAfter, err)
		}
		if err := sleep(ctx, c.retry.backoff(n, retryAfter)); err != nil {
			return "", context.Cause(ctx)
		}
	}
}

// attempt makes one HTTP request under the per-attempt timeout.
func (c *Client) attempt(ctx context.Context, creq openai.ChatCompletionRequest, carries Sent, first bool) (string, time.Duration, error) {
	var retryAfter time.Duration
	var status int
	actx, cancel := context.WithTimeout(context.WithValue(ctx, retryAfterKey{}, &retryAfter), c.timeout)
	actx = context.WithValue(actx, statusKey{}, &status)
	defer cancel()
	d := Sent{Attempts: 1}
	if first {
		d.Documents, d.Blocks, d.NoteRequests = carries.Documents, carries.Blocks, carries.NoteRequests
	}
	resp, err := c.api.CreateChatCompletion(actx, creq)
	if !unreachable(err) { // a refused connection sent nothing
		c.sent.add(d)
	}
	if err != nil {
		if status >= 400 {
			err = &statusError{status: status, err: err}
		}
		return "", retryAfter, err
	}
	if len(resp.Choices) == 0 {
		return "", 0, errors.New("the answer held no choices")
	}
	ch := resp.Choices[0]
	if ch.Message.Refusal != "" {
		return "", 0, fmt.Errorf("the model refused: %s", ch.Message.Refusal)
	}
	return ch.Message.Content, 0, nil
}

func (c *Client) chatRequest(req Request) openai.ChatCompletionRequest {
	return openai.ChatCompletionRequest{
		Model: c.model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: req.System},
			{Role: openai.ChatMessageRoleUser, Content: req.User},
		},
		ResponseFormat: &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name: req.SchemaName, Schema: req.Schema, Strict: true,
			},
		},
	}
}

// failure turns the last error into the reason a person reads, and marks
// the endpoint down when nothing answers there.
func (c *Client) failure(err error, n int) error {
	if unreachable(err) {
		c.mu.Lock()
		c.down = fmt.Sprintf("the language model at %s could not be reached earlier in this run", c.endpoint)
		c.mu.Unlock()
	}
	if n > 1 {
		return fmt.Errorf("%s, after %d attempts: %w", describe(err), n, err)
	}
	return fmt.Errorf("%s: %w", describe(err), err)
}

func (c *Client) isDown() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.down
}

// describe names an error's kind in plain English.
func describe(err error) string {
	switch s := statusOf(err); {
	case s == 429:
		return "the server was busy (HTTP 429 Too Many Requests)"
	case s >= 500:
		return fmt.Sprintf("the server failed (HTTP %d)", s)
	case s >= 400:
		return fmt.Sprintf("the server refused the request (HTTP %d)", s)
	case tooLarge(err):
		return "the answer was refused"
	case errors.Is(err, context.DeadlineExceeded):
		return "the model did not answer within llm.timeout"
	case unreachable(err):
		return "the server could not be reached"
	}
	return "the request failed"
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
