package assemble

import (
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A page read by OCR becomes a flag of its own kind, so the review page and
// the Word comment say the text was read by OCR; other warnings stay
// extraction warnings.
func TestOCRWarningFlag(t *testing.T) {
	m := mapped("scan.pdf", time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC), "Brookvale Allotment Trust", "We trained volunteers.")
	m.Doc.Warnings = []string{model.OCRWarning(2), "page 3 could not be read (bad stream); its text is missing"}
	st := statement("Brookvale Allotment Trust", true, []Mapped{m}, Options{})
	want := map[string]string{
		model.OCRWarning(2): model.FlagOCR,
		"page 3 could not be read (bad stream); its text is missing": model.FlagExtractWarning,
	}
	got := 0
	for _, f := range st.Flags {
		if k, ok := want[f.Message]; ok {
			got++
			if f.Kind != k {
				t.Errorf("flag %q has kind %q, want %q", f.Message, f.Kind, k)
			}
		}
	}
	if got != len(want) {
		t.Errorf("flags = %+v, want one per warning", st.Flags)
	}
}
