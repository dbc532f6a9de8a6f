package intake

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func shaOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func sampleDoc() *model.Document {
	return &model.Document{
		Source: model.Source{Path: "Westbrook College.docx", Format: model.FormatDOCX, Size: 1234,
			SHA256: shaOf("westbrook"), Received: time.Date(2026, 5, 2, 10, 0, 0, 0, time.UTC)},
		Blocks: []model.Block{
			&model.Heading{Position: model.Position{Index: 0}, Level: 1, Text: "Westbrook College"},
			&model.Heading{Position: model.Position{Index: 1, Page: 1}, Text: "Our college", Candidate: true},
			&model.Paragraph{Position: model.Position{Index: 2, Page: 1}, Text: "Westbrook College teaches 2,100 students aged 16 to 19.\nLine two."},
			&model.ListItem{Position: model.Position{Index: 3, Page: 2}, Text: "Designated leads on every site", Depth: 1, Ordered: true},
			&model.Table{Position: model.Position{Index: 4, Page: 2}, Rows: [][]string{{"Course", "Staff trained"}, {"Level 1", ""}}},
		},
		Warnings: []string{"page 3: an embedded picture was skipped"},
	}
}

func TestCacheRoundTrip(t *testing.T) {
	c := OpenCache(filepath.Join(t.TempDir(), ".cache"))
	sha := shaOf("westbrook")
	if _, ok := c.Get(sha); ok {
		t.Fatal("hit on an empty cache")
	}
	want := sampleDoc()
	if err := c.Put(sha, want); err != nil {
		t.Fatal(err)
	}
	got, ok := c.Get(sha)
	if !ok {
		t.Fatal("miss after Put")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the document:\n got %#v\nwant %#v", got, want)
	}
	got.Blocks[2].(*model.Paragraph).Text = "changed by the caller"
	again, _ := c.Get(sha)
	if again.Blocks[2].PlainText() != want.Blocks[2].PlainText() {
		t.Error("Get returned shared state: a caller's change leaked into the cache")
	}
	if _, ok := c.Get(shaOf("other")); ok {
		t.Error("hit for content never stored")
	}
}

func TestCacheMissOnDamageOrOtherVersion(t *testing.T) {
	dir := t.TempDir()
	c := OpenCache(dir)
	sha := shaOf("x")
	if err := c.Put(sha, sampleDoc()); err != nil {
		t.Fatal(err)
	}
	p, _ := c.path(sha)
	if !strings.Contains(p, fmt.Sprintf("v%d-", CacheVersion)) {
		t.Errorf("cache path %s does not carry the version", p)
	}
	data, _ := os.ReadFile(p)
	old := strings.Replace(string(data), fmt.Sprintf(`"version":%d`, CacheVersion), `"version":0`, 1)
	if old == string(data) {
		t.Fatal("the entry does not hold its version")
	}
	if err := os.WriteFile(p, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(sha); ok {
		t.Error("an entry of another version was trusted")
	}
	if err := os.WriteFile(p, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(sha); ok {
		t.Error("a truncated entry was trusted")
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".tmp-*"))
	if len(leftovers) != 0 {
		t.Errorf("temp files left behind: %v", leftovers)
	}
}

func TestCacheRejection(t *testing.T) {
	c := OpenCache(t.TempDir())
	sha := shaOf("locked")
	ie := &model.InputError{File: "statement.pdf", Stage: model.StageExtract,
		Detail: "the PDF is password-protected", Hint: "Ask for a copy without a password", Err: model.ErrEncrypted}
	if err := c.PutRejected(sha, ie); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(sha); ok {
		t.Error("a rejection came back as a document")
	}
	got, ok := c.GetRejected(sha)
	if !ok {
		t.Fatal("rejection not found")
	}
	if !errors.Is(got, model.ErrEncrypted) || got.Reason() != ie.Reason() || got.File != ie.File {
		t.Errorf("rejection changed: %+v", got)
	}
}

func TestNilCacheAndBadKeys(t *testing.T) {
	var c *Cache
	if _, ok := c.Get(shaOf("x")); ok {
		t.Error("nil cache hit")
	}
	if err := c.Put(shaOf("x"), sampleDoc()); err != nil {
		t.Errorf("nil cache Put: %v", err)
	}
	real := OpenCache(t.TempDir())
	if err := real.Put("../../etc/passwd", sampleDoc()); err == nil {
		t.Error("a key that is not a digest was accepted")
	}
}

func TestCacheDropsOtherBuildsEntries(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "v1-0123456789ab", "ab")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	c := OpenCache(dir)
	doc := &model.Document{Blocks: []model.Block{&model.Paragraph{Text: "Riverside text"}}}
	sha := strings.Repeat("ab", 32)
	if err := c.Put(sha, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(old)); !os.IsNotExist(err) {
		t.Errorf("another build's cache folder survived a Put: %v", err)
	}
	if got, ok := c.Get(sha); !ok || got.Blocks[0].PlainText() != "Riverside text" {
		t.Errorf("the entry just put does not read back: %v %v", got, ok)
	}
}
