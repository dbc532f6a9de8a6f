package docx

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A body far longer than limits.max_blocks stops the walk as soon as it
// passes the bound, with the refusal CheckLength would give.
func TestWalkStopsPastMaxBlocks(t *testing.T) {
	body := strings.Repeat(p("", "", "Row of an export."), 10000)
	_, err := New(extract.Limits{MaxBlocks: 100}).Extract(context.Background(), docxOf(t, body))
	ie, ok := errors.AsType[*model.InputError](err)
	if !ok || !errors.Is(err, model.ErrTooLarge) || !strings.Contains(ie.Detail, "over 100 blocks") || !strings.Contains(ie.Hint, "limits.max_blocks") {
		t.Fatalf("error %v, want the document refused as over 100 blocks", err)
	}
	doc, err := New(extract.Limits{MaxBlocks: 100}).Extract(context.Background(), docxOf(t, strings.Repeat(p("", "", "Row."), 100)))
	if err != nil || len(doc.Blocks) != 100 {
		t.Errorf("exactly 100 blocks: %v, %v; want them read", doc, err)
	}
}
