package intake

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// storedPlacement is a Placement with its block named by its index in the
// Document's Blocks, so it binds to the blocks of the cached Document.
type storedPlacement struct {
	Block      int              `json:"b"`
	Section    model.SectionKey `json:"s"`
	Confidence float64          `json:"c"`
	Evidence   string           `json:"e,omitempty"`
	Mapper     string           `json:"m,omitempty"`
	Role       model.Role       `json:"r,omitempty"`
	RunnerUp   model.SectionKey `json:"u,omitempty"`
}

// Key is the cache key made of parts (a content hash and the versions of
// what shapes the result: the template's hash, the settings): the sha256 of
// the parts joined, so any change to one is a different key.
func Key(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:])
}

// GetPlacements returns the placements stored under key, bound to the
// blocks of doc (the Document they were made from, as Get returns it).
func (c *Cache) GetPlacements(key string, doc *model.Document) ([]model.Placement, bool) {
	e, ok := c.load(key)
	if !ok || e.Placements == nil || len(e.Placements) != len(doc.Blocks) {
		return nil, false
	}
	out := make([]model.Placement, len(e.Placements))
	for i, sp := range e.Placements {
		if sp.Block < 0 || sp.Block >= len(doc.Blocks) {
			return nil, false
		}
		out[i] = model.Placement{Block: doc.Blocks[sp.Block], Section: sp.Section, Confidence: sp.Confidence,
			Evidence: sp.Evidence, Mapper: sp.Mapper, Role: sp.Role, RunnerUp: sp.RunnerUp}
	}
	return out, true
}

// PutPlacements stores the placements of doc's blocks under key.
func (c *Cache) PutPlacements(key string, doc *model.Document, pl []model.Placement) error {
	if c == nil {
		return nil
	}
	index := make(map[model.Block]int, len(doc.Blocks))
	for i, b := range doc.Blocks {
		index[b] = i
	}
	sps := make([]storedPlacement, 0, len(pl))
	for _, p := range pl {
		i, ok := index[p.Block]
		if !ok {
			return fmt.Errorf("cache: a placement's block is not one of the document's")
		}
		sps = append(sps, storedPlacement{Block: i, Section: p.Section, Confidence: p.Confidence,
			Evidence: p.Evidence, Mapper: p.Mapper, Role: p.Role, RunnerUp: p.RunnerUp})
	}
	return c.save(key, entry{Version: CacheVersion, Placements: sps})
}
