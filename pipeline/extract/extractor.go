package extract

import (
	"context"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Extractor reads one format. Extract must return the blocks verbatim and in
// reading order, and must return an error (never panic, never hang past ctx)
// for input it cannot read: a *model.InputError for a problem in the file,
// any other error only for a fault of our own.
type Extractor interface {
	Extract(ctx context.Context, data []byte) (*model.Document, error)
}

// Func adapts a function to Extractor.
type Func func(ctx context.Context, data []byte) (*model.Document, error)

// Extract calls f.
func (f Func) Extract(ctx context.Context, data []byte) (*model.Document, error) {
	return f(ctx, data)
}
