package datatable

import (
	"strings"
	"testing"
)

// FuzzCSV: any bytes give a table or an error, never a panic; every row
// is as wide as the headings, and a totals row only ever fills blanks.
func FuzzCSV(f *testing.F) {
	f.Add([]byte("a,b\nx,1\nTotal,\n"))
	f.Add([]byte("a,b,c\n\"q\"\"\",£1,000.50,(3)\nTotals,,\n"))
	f.Add([]byte("\xef\xbb\xbfa\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadCSV(data)
		if err != nil {
			return
		}
		for _, r := range tb.Rows {
			if len(r) != len(tb.Header) {
				t.Fatalf("row %q is not as wide as %q", r, tb.Header)
			}
		}
		if tb.Totals != nil && !strings.EqualFold(strings.TrimSpace(tb.Totals[0])[:1], "t") {
			t.Fatalf("totals row %q", tb.Totals)
		}
	})
}
