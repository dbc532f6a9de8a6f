package intake_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// TestCacheCorpusRoundTrip stores every DOCX of the shared corpus as the
// extractor reads it and checks the cache gives back an equal Document.
func TestCacheCorpusRoundTrip(t *testing.T) {
	dir := filepath.Join(testutil.CorpusDir(t), "submissions")
	names, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	c := intake.OpenCache(t.TempDir())
	ex := docx.New(extract.DefaultLimits)
	n := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), data)
		if err != nil {
			continue // bad inputs are the extractor's tests
		}
		h := sha256.Sum256(data)
		sha := hex.EncodeToString(h[:])
		if err := c.Put(sha, doc); err != nil {
			t.Fatal(err)
		}
		got, ok := c.Get(sha)
		if !ok || !reflect.DeepEqual(got, doc) {
			t.Errorf("%s: cached document differs", strings.TrimPrefix(name, dir))
		}
		n++
	}
	if n == 0 {
		t.Fatal("no corpus document could be read")
	}
}
