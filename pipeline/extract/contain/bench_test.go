package contain_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/contain"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// What a reader process costs per file over reading in process: one
// example statement read each way.
func BenchmarkReadExampleStatement(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(testutil.RepoRoot(b), "submissions", "Riverside Community Health - LSCB statement.docx"))
	if err != nil {
		b.Fatal(err)
	}
	reg := testReaders(extract.DefaultLimits)
	b.Run("in-process", func(b *testing.B) {
		for b.Loop() {
			if _, err := reg.Extract(context.Background(), model.FormatDOCX, data, extract.DefaultLimits); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reader-process", func(b *testing.B) {
		r := contain.New(reg)
		for b.Loop() {
			if _, err := r.Extract(context.Background(), model.FormatDOCX, data, extract.DefaultLimits); err != nil {
				b.Fatal(err)
			}
		}
		if r.Stats().InProcess > 0 {
			b.Fatal("read in process")
		}
	})
}
