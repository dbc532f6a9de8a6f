package odt

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A body far longer than limits.max_blocks stops the walk once past it.
func TestWalkStopsPastMaxBlocks(t *testing.T) {
	body := strings.Repeat("<text:p>Row of an export.</text:p>", 10000)
	_, err := New(extract.Limits{MaxBlocks: 100}).Extract(context.Background(), odtOf(t, "", body, ""))
	ie, ok := errors.AsType[*model.InputError](err)
	if !ok || !errors.Is(err, model.ErrTooLarge) || !strings.Contains(ie.Detail, "over 100 blocks") {
		t.Fatalf("error %v, want the document refused as over 100 blocks", err)
	}
}
