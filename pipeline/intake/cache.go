package intake

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// CacheVersion is part of every cache key. Bump it when an extractor's
// output or the stored form changes, so entries of the old reader are
// ignored instead of trusted.
const CacheVersion = 3 // 2: documents carry Modified; 3: spans (pictures) and list identity

// Cache keeps what was extracted from each submission, keyed by the sha256
// of the file's bytes, under <output>/.cache/: a file that has not changed
// since the last run is not read again. A missing, unreadable or damaged
// entry is only a miss. A nil *Cache is a cache that never hits.
type Cache struct {
	dir   string
	prune sync.Once
}

// OpenCache returns the cache in dir; the folder is made on the first Put.
func OpenCache(dir string) *Cache { return &Cache{dir: dir} }

// entry is one cached outcome: a document or a rejection.
type entry struct {
	Version  int           `json:"version"`
	Doc      *storedDoc    `json:"doc,omitempty"`
	Rejected *storedReject `json:"rejected,omitempty"`
}

var shaRE = lazy.Re(`^[0-9a-f]{16,128}$`)

func (c *Cache) path(sha string) (string, bool) {
	if c == nil || !shaRE.Get().MatchString(sha) {
		return "", false
	}
	return filepath.Join(c.dir, fmt.Sprintf("v%d-%s", CacheVersion, generation()), sha[:2], sha+".json"), true
}

// Get returns the Document extracted earlier from content with this hash.
// The Document is a fresh copy the caller may change.
func (c *Cache) Get(sha string) (*model.Document, bool) {
	e, ok := c.load(sha)
	if !ok || e.Doc == nil {
		return nil, false
	}
	doc, err := e.Doc.document()
	return doc, err == nil
}

// Put stores doc for content with this hash.
func (c *Cache) Put(sha string, doc *model.Document) error {
	sd, err := storeDoc(doc)
	if err != nil {
		return err
	}
	return c.save(sha, entry{Version: CacheVersion, Doc: sd})
}

// GetRejected returns the InputError an earlier run gave content with this
// hash; errors.Is still finds its sentinel cause.
func (c *Cache) GetRejected(sha string) (*model.InputError, bool) {
	e, ok := c.load(sha)
	if !ok || e.Rejected == nil {
		return nil, false
	}
	return e.Rejected.inputError(), true
}

// PutRejected stores the rejection of content with this hash.
func (c *Cache) PutRejected(sha string, ie *model.InputError) error {
	return c.save(sha, entry{Version: CacheVersion, Rejected: storeReject(ie)})
}

func (c *Cache) load(sha string) (entry, bool) {
	var e entry
	p, ok := c.path(sha)
	if !ok {
		return e, false
	}
	data, err := os.ReadFile(p)
	if err != nil || json.Unmarshal(data, &e) != nil || e.Version != CacheVersion {
		return entry{}, false
	}
	return e, true
}

// save writes the entry atomically: a temp file in the same folder, then a
// rename, so a reader never sees half an entry.
func (c *Cache) save(sha string, e entry) error {
	p, ok := c.path(sha)
	if !ok {
		if c == nil {
			return nil
		}
		return fmt.Errorf("cache: %q is not a sha256 hex digest", sha)
	}
	data, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	c.prune.Do(c.pruneOldGenerations)
	return writeAtomic(p, data)
}

// pruneOldGenerations removes the folders of other builds' entries, which
// this build never reads, so the cache does not grow with every upgrade.
func (c *Cache) pruneOldGenerations() {
	current := fmt.Sprintf("v%d-%s", CacheVersion, generation())
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() && e.Name() != current && strings.HasPrefix(e.Name(), "v") {
			os.RemoveAll(filepath.Join(c.dir, e.Name()))
		}
	}
}

func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}
