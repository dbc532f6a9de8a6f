package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzExtract feeds mutated fixtures to the extractor: it must never panic,
// must answer any refusal with an InputError, and must give blocks with
// consecutive indexes when it reads.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte("%PDF-1.7\n%%EOF\n"))
	lim := extract.DefaultLimits
	lim.MaxPages = 20
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		doc, err := New(lim).Extract(ctx, data)
		if err != nil {
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("refusal is not an InputError: %v", err)
			}
			return
		}
		for i, b := range doc.Blocks {
			if b.Pos().Index != i || b.Pos().Page < 1 {
				t.Fatalf("block %d has position %+v", i, b.Pos())
			}
		}
	})
}
