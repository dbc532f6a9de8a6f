package intake

import (
	"context"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Prepare returns the format and bytes an extractor reads for s: the
// submission's own bytes, or for a Word 97-2003 .doc the .docx LibreOffice
// makes of it. Callers check their cache first and call Prepare only on a
// miss, so a .doc read before is never converted again. A failed
// conversion is a *model.InputError; the caller names the document in it.
func Prepare(ctx context.Context, s Submission) (model.Format, []byte, error) {
	if s.Source.Format != model.FormatDOC {
		return s.Source.Format, s.Data, nil
	}
	progress.Step(ctx, "converting with LibreOffice", 0, 0)
	out, err := ConvertDOC(ctx, s.Data)
	if err != nil {
		return model.FormatDOCX, nil, err
	}
	return model.FormatDOCX, out, nil
}
