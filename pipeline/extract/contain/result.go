package contain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TempPrefix names the temporary folder each reader process works in; a
// run stopped hard leaves it behind and the next start sweeps it.
const TempPrefix = "reportpipe-read-"

func (r *Runner) inProcess(ctx context.Context, req request) (*model.Document, error) {
	r.mu.Lock()
	r.stats.InProcess++
	r.mu.Unlock()
	return r.reg.Extract(ctx, req.Format, req.Data, req.Limits)
}

func tooSlow() error {
	return model.Reject(fmt.Errorf("%w: reading stopped at its deadline", model.ErrTooLarge),
		"reading the file took too long, so it was stopped",
		"Ask the agency for a simpler copy (for example saved again from the program that made it)")
}

func tooBig() error {
	return model.Reject(fmt.Errorf("%w: reading needed more memory than allowed", model.ErrTooLarge),
		"reading the file needed far more memory than any statement does, so it was stopped",
		"Ask the agency for a simpler copy (for example saved again from the program that made it)")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// capped is a buffer that keeps at most max bytes and drops the rest, so
// a child cannot make the parent hold an endless message; it is written by
// the goroutine that copies the child's output and read by the Runner.
type capped struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if room := c.max - c.buf.Len(); room < len(p) {
		if room > 0 {
			c.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return c.buf.Write(p)
}

func (c *capped) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}

func (c *capped) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.buf.Reset()
}

var errAnswerTooLong = errors.New("contain: the reader's answer is longer than any document")

// budget reads from r until left bytes are used up, then fails: one file's
// answer is bounded (left is set again for each file).
type budget struct {
	r    io.Reader
	left int64
}

func (b *budget) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errAnswerTooLong
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}
