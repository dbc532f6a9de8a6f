package contain

import (
	"bytes"
	"context"
	"fmt"
	"strings"

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
// a child cannot make the parent hold an endless answer.
type capped struct {
	bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.Len(); room < len(p) {
		if room > 0 {
			c.Buffer.Write(p[:room])
		}
		return len(p), nil
	}
	return c.Buffer.Write(p)
}
