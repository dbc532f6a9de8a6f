package intake

import (
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A document's placements come back bound to the cached document's own
// blocks, and only under the mapping key they were made with.
func TestCachePlacementsByMapKey(t *testing.T) {
	c := OpenCache(filepath.Join(t.TempDir(), ".cache"))
	doc, sha := sampleDoc(), shaOf("westbrook")
	pl := make([]model.Placement, len(doc.Blocks))
	for i, b := range doc.Blocks {
		pl[i] = model.Placement{Block: b, Section: model.SectionActivity, Confidence: 0.75, Evidence: "heading", Mapper: "rules", Role: model.Role("content"), RunnerUp: model.SectionContext}
	}
	pl[0], pl[1] = pl[1], pl[0] // placements need not be in block order
	key := Key("rules", "built-in", "{LowConfidence:0.6}")
	if err := c.PutMapped(sha, key, doc, pl); err != nil {
		t.Fatal(err)
	}
	got, gotPl, ok := c.GetMapped(sha, key)
	if !ok || len(gotPl) != len(pl) {
		t.Fatalf("GetMapped: ok=%v, %d placements", ok, len(gotPl))
	}
	for i := range pl {
		want := pl[i]
		want.Block = got.Blocks[indexOf(doc, pl[i].Block)]
		if gotPl[i] != want {
			t.Errorf("placement %d = %+v, want %+v bound to the cached block", i, gotPl[i], want)
		}
	}
	if _, none, ok := c.GetMapped(sha, Key("rules", "built-in", "{LowConfidence:0.8}")); !ok || none != nil {
		t.Errorf("another mapping key: ok=%v, placements %v; want the document without placements", ok, none)
	}
	if _, ok := c.Get(sha); !ok {
		t.Error("Get misses a document stored with its placements")
	}
}

func indexOf(doc *model.Document, b model.Block) int {
	for i, x := range doc.Blocks {
		if x == b {
			return i
		}
	}
	return -1
}
