package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestGolden extracts every testdata/*.docx and compares model.Dump of the
// result with testdata/<name>.golden. Inputs are never rewritten.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.docx"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata (err %v)", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := extractDump(t, data)
			golden := filepath.Join("testdata", name+".golden")
			testutil.Golden(t, golden, []byte(got))
		})
	}
}
