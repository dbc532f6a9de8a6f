package extract

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Registry maps a format to the extractor that reads it.
type Registry map[model.Format]Extractor

// Extract reads data as format f inside the safety net: a panic in a
// third-party parser becomes a corrupt-file InputError, text that does not
// read as language is warned about or refused (CheckQuality), and the call gives up
// when lim.Timeout passes (the reader goroutine is abandoned; readers check
// ctx between pages or parts so it ends soon after).
func (r Registry) Extract(ctx context.Context, f model.Format, data []byte, lim Limits) (*model.Document, error) {
	ex, ok := r[f]
	if !ok {
		return nil, fmt.Errorf("extract: no extractor for format %q", f)
	}
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout+extraTime(ex))
		defer cancel()
	}
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
		res.doc, res.err = extractChecked(ctx, ex, f, data)
	}()
	select {
	case res := <-done:
		if res.err != nil {
			return nil, res.err
		}
		if err := CheckLength(res.doc, lim); err != nil {
			return nil, err
		}
		return res.doc, nil
	case <-ctx.Done():
		return nil, TooSlow(ctx.Err())
	}
}

// extractChecked runs ex and judges the text it read: every format's text
// is checked before anyone sees it.
func extractChecked(ctx context.Context, ex Extractor, f model.Format, data []byte) (*model.Document, error) {
	doc, err := ex.Extract(ctx, data)
	if err != nil || doc == nil {
		return doc, err
	}
	if err := CheckQuality(doc, f); err != nil {
		return nil, err
	}
	return doc, nil
}

// Budget is the wall time a file of format f may take under lim: the
// reader's timeout, widened for a reader that runs an external program.
func (r Registry) Budget(f model.Format, lim Limits) time.Duration {
	return lim.WithDefaults().Timeout + extraTime(r[f])
}

// panicked is the refusal of a file a third-party parser panicked on.
func panicked(p any) error {
	return model.Reject(fmt.Errorf("%w: reader panic: %v\n%s", model.ErrCorrupt, p, debug.Stack()),
		"the file is damaged or not what its name says, so it could not be read",
		"Ask the agency to save it again and resend it")
}
