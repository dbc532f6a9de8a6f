package pdfobj

import (
	"bytes"
	"fmt"
	"testing"
)

// Each object stands at the offset its cross-reference entry gives.
func TestFileOffsets(t *testing.T) {
	data := File("<< /Type /Catalog >>", Stream("/Filter /None", []byte("BT ET")))
	for i, want := range []string{"1 0 obj\n<< /Type /Catalog >>", "2 0 obj\n<< /Filter /None /Length 5 >>\nstream\nBT ET"} {
		at := bytes.Index(data, []byte(want))
		entry := fmt.Sprintf("%010d 00000 n ", at)
		if at < 0 || !bytes.Contains(data, []byte(entry)) {
			t.Errorf("object %d: at %d, no xref entry %q in\n%s", i+1, at, entry, data)
		}
	}
	if !bytes.HasSuffix(data, []byte("%%EOF\n")) || !bytes.Contains(data, []byte("/Size 3 /Root 1 0 R")) {
		t.Errorf("trailer:\n%s", data)
	}
}
