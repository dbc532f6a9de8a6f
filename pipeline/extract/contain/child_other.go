//go:build !linux

package contain

import (
	"context"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// childSupported is false here: files are read in process, inside the
// registry's deadline and panic recovery.
const childSupported = false

func serve(build func(extract.Limits) extract.Registry) int { return 1 }

func (r *Runner) inChild(ctx context.Context, req request, _ time.Duration) (*model.Document, error) {
	return r.inProcess(ctx, req)
}

// Release does nothing here: no reader process is started.
func (r *Runner) Release() {}

// child is a reader process; there are none here.
type child struct{}
