package extract

import (
	"context"
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Bounded returns ex made to give up when ctx ends, even if ex itself
// never looks at ctx (ledongthuc/pdf's xref walk does not). The reading
// goroutine is abandoned, so this only contains a reader fully inside a
// process that is about to exit: the reader processes of
// pipeline/extract/contain. It lets a reader with work after it (OCR after
// the text layer) keep its own deadlines.
func Bounded(ex Extractor) Extractor {
	return Func(func(ctx context.Context, data []byte) (*model.Document, error) {
		type result struct {
			doc *model.Document
			err error
		}
		done := make(chan result, 1)
		go func() {
			var res result
			defer func() {
				if p := recover(); p != nil {
					res = result{err: panicked(p)}
				}
				done <- res
			}()
			res.doc, res.err = ex.Extract(ctx, data)
		}()
		select {
		case res := <-done:
			return res.doc, res.err
		case <-ctx.Done():
			return nil, TooSlow(ctx.Err())
		}
	})
}

// TooSlow is the refusal of a file whose reading passed its deadline.
func TooSlow(cause error) *model.InputError {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrTooLarge, cause),
		"reading the file took too long, so it was stopped",
		"Ask the agency for a simpler copy (for example saved again from the program that made it)")
}
