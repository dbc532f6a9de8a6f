package progress

import (
	"bytes"
	"context"
	"testing"
)

// Steps reach the listener with the file the context names; without a
// listener Step does nothing; off a terminal each step is one line.
func TestStepsThroughContext(t *testing.T) {
	Step(context.Background(), "ignored", 1, 2) // no listener: no panic, nothing to do
	var buf bytes.Buffer
	p := NewPrinter(&buf)
	ctx := ForFile(WithSteps(context.Background(), p.Step), "Old Mill statement.doc")
	Step(ctx, "converting with LibreOffice", 0, 0)
	Step(ForFile(ctx, "Brookvale scan.pdf"), "reading by OCR", 3, 12)
	p.Clear()
	want := "  converting with LibreOffice: Old Mill statement.doc\n  reading by OCR, page 3 of 12: Brookvale scan.pdf\n"
	if buf.String() != want || p.Terminal() {
		t.Errorf("printed %q, want %q", buf.String(), want)
	}
	if ctx := ForFile(context.Background(), "x"); ctx != context.Background() {
		t.Error("ForFile without a listener must keep the context")
	}
}
