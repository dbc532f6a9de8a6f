package ocr

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// OCR says which page of how many it is reading, for the file the context
// names, so a long scan is not a silent wait.
func TestOCRReportsEachPage(t *testing.T) {
	needTesseract(t)
	data := scannedPDF(t, textPDF(scanPages))
	var mu sync.Mutex
	var steps []string
	ctx := progress.WithSteps(context.Background(), func(file, what string, page, pages int) {
		mu.Lock()
		defer mu.Unlock()
		steps = append(steps, fmt.Sprintf("%s|%s|%d/%d", file, what, page, pages))
	})
	ctx = progress.ForFile(ctx, "Brookvale scan.pdf")
	if _, err := (extract.Registry{model.FormatPDF: newReader()}).Extract(ctx, model.FormatPDF, data, extract.DefaultLimits); err != nil {
		t.Fatal(err)
	}
	want := "Brookvale scan.pdf|reading by OCR|1/2 Brookvale scan.pdf|reading by OCR|2/2"
	if got := strings.Join(steps, " "); got != want {
		t.Errorf("steps %q, want %q", got, want)
	}
}
