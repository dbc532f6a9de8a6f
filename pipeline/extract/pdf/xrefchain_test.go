package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// xrefLoop is a one-page PDF whose trailer's /Prev names its own table.
func xrefLoop() []byte {
	f := pdfobj.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
	x := bytes.Index(f, []byte("\nxref\n")) + 1
	return bytes.Replace(f, []byte("/Root 1 0 R >>"), fmt.Appendf(nil, "/Root 1 0 R /Prev %d >>", x), 1)
}

// extractWithin reads data and fails the test if the reader has not
// answered within a minute: on the library alone it never does.
func extractWithin(t *testing.T, data []byte) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := New(extract.DefaultLimits).Extract(context.Background(), data)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Minute):
		t.Fatal("the reader is still walking the cross-reference chain")
		return nil
	}
}

func TestXrefLoopIsFoundBeforeTheLibraryWalksIt(t *testing.T) {
	if err := checkXrefChain(xrefLoop()); !errors.Is(err, errXrefCycle) {
		t.Fatalf("want the cycle found, got %v", err)
	}
	var ie *model.InputError
	if err := extractWithin(t, xrefLoop()); !errors.As(err, &ie) {
		t.Fatalf("want a refusal, got %v", err)
	}
}

// A chain of two real sections (an incremental save) is not a cycle.
func TestXrefChainOfTwoSectionsIsAccepted(t *testing.T) {
	f := pdfobj.File("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>")
	first := bytes.Index(f, []byte("\nxref\n")) + 1
	second := len(f)
	f = append(f, fmt.Appendf(nil, "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", first, second)...)
	if err := checkXrefChain(f); err != nil {
		t.Fatalf("a two-section chain was refused: %v", err)
	}
}

// FuzzXrefChain mutates the xref loop: whatever the chain, the reader
// answers (the fuzz engine's own timeout catches a hang) and refuses with
// an InputError.
func FuzzXrefChain(f *testing.F) {
	f.Add(xrefLoop())
	f.Fuzz(func(t *testing.T, data []byte) {
		err := extractWithin(t, data)
		var ie *model.InputError
		if err != nil && !errors.As(err, &ie) {
			t.Fatalf("refusal is not an InputError: %v", err)
		}
	})
}
