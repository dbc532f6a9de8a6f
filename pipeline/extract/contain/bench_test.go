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
// example statement read in process, by one reader process file after
// file (as a run does), and by a new reader process each time (the cost
// of a start). Wall time per file: the reader process's CPU is its own.
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
		r.Release()
		if st := r.Stats(); st.InProcess > 0 || st.Children > 1+b.N/50 {
			b.Fatalf("want one reader process for every 50 files, got %+v", st)
		}
	})
	b.Run("reader-process-each-file", func(b *testing.B) {
		r := contain.New(reg)
		for b.Loop() {
			if _, err := r.Extract(context.Background(), model.FormatDOCX, data, extract.DefaultLimits); err != nil {
				b.Fatal(err)
			}
			r.Release()
		}
	})
}
