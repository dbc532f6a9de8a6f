package odt

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An over-nested ODT is refused in the words of its own format: it was
// not made in Word, so the hint does not send the agency there.
func TestOverNestedODTHintFitsTheFormat(t *testing.T) {
	deep := strings.Repeat("<text:span>", 300) + "x" + strings.Repeat("</text:span>", 300)
	_, err := New(extract.Limits{}).Extract(context.Background(), odtOf(t, "", "<text:p>"+deep+"</text:p>", ""))
	ie, ok := errors.AsType[*model.InputError](err)
	if !ok || !errors.Is(err, model.ErrTooLarge) {
		t.Fatalf("error %v, want a nesting refusal", err)
	}
	if strings.Contains(ie.Hint, "Word") || ie.Hint != kind.Resave {
		t.Errorf("hint %q, want the OpenDocument one %q", ie.Hint, kind.Resave)
	}
}
