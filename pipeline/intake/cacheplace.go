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

// GetMapped returns the Document stored for content with this hash and,
// when they were made under mapKey (the template, settings and mapper),
// the placements of its blocks; pl is nil when there are none for mapKey.
// One file is read for both.
func (c *Cache) GetMapped(sha, mapKey string) (doc *model.Document, pl []model.Placement, ok bool) {
	e, ok := c.load(sha)
	if !ok || e.Doc == nil {
		return nil, nil, false
	}
	doc, err := e.Doc.document()
	if err != nil {
		return nil, nil, false
	}
	if mapKey != "" && e.MapKey == mapKey {
		pl = bindPlacements(e.Placements, doc)
	}
	return doc, pl, true
}

// PutMapped stores doc and its placements pl, made under mapKey, for
// content with this hash: a later run with the same mapKey neither reads
// nor maps the file again.
func (c *Cache) PutMapped(sha, mapKey string, doc *model.Document, pl []model.Placement) error {
	if c == nil {
		return nil
	}
	sd, err := storeDoc(doc)
	if err != nil {
		return err
	}
	sps, err := storePlacements(doc, pl)
	if err != nil {
		return err
	}
	return c.save(sha, entry{Version: CacheVersion, Doc: sd, MapKey: mapKey, Placements: sps})
}

// bindPlacements makes stored placements point at doc's blocks; nil when
// they do not fit doc.
func bindPlacements(sps []storedPlacement, doc *model.Document) []model.Placement {
	if len(sps) != len(doc.Blocks) {
		return nil
	}
	out := make([]model.Placement, len(sps))
	for i, sp := range sps {
		if sp.Block < 0 || sp.Block >= len(doc.Blocks) {
			return nil
		}
		out[i] = model.Placement{Block: doc.Blocks[sp.Block], Section: sp.Section, Confidence: sp.Confidence,
			Evidence: sp.Evidence, Mapper: sp.Mapper, Role: sp.Role, RunnerUp: sp.RunnerUp}
	}
	return out
}

func storePlacements(doc *model.Document, pl []model.Placement) ([]storedPlacement, error) {
	index := make(map[model.Block]int, len(doc.Blocks))
	for i, b := range doc.Blocks {
		index[b] = i
	}
	sps := make([]storedPlacement, 0, len(pl))
	for _, p := range pl {
		i, ok := index[p.Block]
		if !ok {
			return nil, fmt.Errorf("cache: a placement's block is not one of the document's")
		}
		sps = append(sps, storedPlacement{Block: i, Section: p.Section, Confidence: p.Confidence,
			Evidence: p.Evidence, Mapper: p.Mapper, Role: p.Role, RunnerUp: p.RunnerUp})
	}
	return sps, nil
}
