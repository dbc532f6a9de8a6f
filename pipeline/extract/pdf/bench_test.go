package pdf

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
)

// BenchmarkExtractCorpus reads every corpus PDF once per iteration (the
// password-protected one is refused, as in a real run). Compare ns/op with
// `time pdftotext` over the same files.
func BenchmarkExtractCorpus(b *testing.B) {
	dir := testutil.CorpusDir(b)
	paths, err := filepath.Glob(filepath.Join(dir, "submissions", "*.pdf"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus PDFs: %v", err)
	}
	var files [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += len(data)
	}
	ex := New(extract.DefaultLimits)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			_, _ = ex.Extract(context.Background(), data)
		}
	}
}

// BenchmarkExtractFixture is the multi-page fixture alone, for runs without
// the corpus.
func BenchmarkExtractFixture(b *testing.B) {
	data := readFixture(b, "multipage.pdf")
	ex := New(extract.DefaultLimits)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ex.Extract(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractTagged is a browser-printed tagged fixture: the cost of
// reading its structure tree as evidence on top of the layout reading.
func BenchmarkExtractTagged(b *testing.B) {
	data := readFixture(b, "tagged-chrome.pdf")
	ex := New(extract.DefaultLimits)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ex.Extract(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}
