package contain

import (
	"context"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// inChild reads the file in a reader process: an idle one, or a new one.
// Where no process can be started the file is read in process.
func (r *Runner) inChild(ctx context.Context, req request, deadline time.Duration) (*model.Document, error) {
	c := r.take()
	if c == nil {
		var err error
		if c, err = r.start(); err != nil {
			return r.inProcess(ctx, req)
		}
	}
	doc, err, ok := r.read(ctx, c, req, deadline)
	r.mu.Lock()
	r.stats.Files++
	r.mu.Unlock()
	if ok {
		r.put(c)
	}
	return doc, err
}

// take returns an idle reader process, or nil.
func (r *Runner) take() *child {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := len(r.idle)
	if n == 0 {
		return nil
	}
	c := r.idle[n-1]
	r.idle = r.idle[:n-1]
	return c
}

// put keeps c for the next file, or stops it when it has read its share.
func (r *Runner) put(c *child) {
	if c.uses >= maxUses {
		r.stop(c, "")
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.idle = append(r.idle, c)
	if r.reaper == nil {
		r.reaper = time.AfterFunc(idleFor, r.Release)
	} else {
		r.reaper.Reset(idleFor)
	}
}

// Release stops the reader processes waiting for a file. A run calls it
// when it ends, so no process outlives the work; the Runner starts new
// ones for the next file.
func (r *Runner) Release() {
	r.mu.Lock()
	idle := r.idle
	r.idle = nil
	r.mu.Unlock()
	for _, c := range idle {
		r.stop(c, "")
	}
}
