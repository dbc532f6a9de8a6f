package llm

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrBudget says the model phase of a run used up its time budget; the run
// goes on without the model (the mapper falls back to the rules).
var ErrBudget = errors.New("the language model's time budget for this run (llm.budget) is used up")

// budget is the wall time the model may take in one run, across every
// request: per-attempt timeouts and retries alone let a slow server add
// their product to each of hundreds of documents.
type budget struct {
	limit time.Duration // 0: none

	mu       sync.Mutex
	deadline time.Time
}

// BeginRun starts the budget of a new run (watch calls it once per rebuild
// through the pipeline). Without a call, or with no budget set, requests
// have no run deadline.
func (c *Client) BeginRun() {
	c.budget.mu.Lock()
	defer c.budget.mu.Unlock()
	if c.budget.limit > 0 {
		c.budget.deadline = time.Now().Add(c.budget.limit)
	}
}

// withBudget bounds ctx by the run's deadline; a budget already used up is
// an error at once, so nothing more is sent.
func (c *Client) withBudget(ctx context.Context) (context.Context, context.CancelFunc, error) {
	c.budget.mu.Lock()
	deadline := c.budget.deadline
	c.budget.mu.Unlock()
	if deadline.IsZero() {
		return ctx, func() {}, nil
	}
	cause := fmt.Errorf("%w after %s; the rest of the run goes on without it (raise llm.budget if the server is just slow)", ErrBudget, c.budget.limit)
	if !time.Now().Before(deadline) {
		return nil, nil, cause
	}
	ctx, cancel := context.WithDeadlineCause(ctx, deadline, cause)
	return ctx, cancel, nil
}
