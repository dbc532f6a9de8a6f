package mapping

import (
	"context"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Mapper places blocks. Map returns exactly one Placement per block of doc,
// in the document's order (conservation: nothing dropped, nothing added).
type Mapper interface {
	Map(ctx context.Context, doc *model.Document) ([]model.Placement, error)
}
