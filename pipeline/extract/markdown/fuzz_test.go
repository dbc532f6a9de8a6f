package markdown

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzExtract: any bytes give a Document or an InputError, never a panic,
// and a block with spans has their text as its own.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(chapter))
	f.Add([]byte("1. a\n\n   > b\n\n3) c[^x]\n\n[^x]: *n*\n"))
	f.Add([]byte("| a |\n|--|\n| ![](x) **b** |\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := New(Options{}).Extract(context.Background(), data)
		if err != nil {
			return
		}
		for _, b := range doc.Blocks {
			spans := model.SpansOf(b)
			if len(spans) == 0 {
				continue
			}
			var sb strings.Builder
			for _, s := range spans {
				sb.WriteString(s.Text)
			}
			if sb.String() != b.PlainText() {
				t.Fatalf("spans %q, text %q", sb.String(), b.PlainText())
			}
		}
	})
}
