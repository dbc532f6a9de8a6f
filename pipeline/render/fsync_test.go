package render

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// failFolderSync makes every sync of a folder fail with EIO, as a failing
// disk does, for the rest of the test.
func failFolderSync(t *testing.T) {
	old := fsyncDir
	fsyncDir = func(string) error { return &os.PathError{Op: "sync", Path: "dir", Err: syscall.EIO} }
	t.Cleanup(func() { fsyncDir = old })
}

// A failed sync of the output folder after the set is named is an error,
// and the set is taken back: a draft reported written must survive a
// crash (on today's code the failure is ignored and the run says Wrote).
func TestFailedFolderSyncPublishesNothing(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	failFolderSync(t)
	_, err := WriteAll(dir, "annual", stamp.Add(time.Hour), fixture.Small(), twoFiles)
	if !errors.Is(err, syscall.EIO) || !strings.Contains(err.Error(), "could not be synced") {
		t.Fatalf("error %v, want the failed sync", err)
	}
	assertOnlySet(t, dir, before)
}

// The content stamp and other replaced files, and files published new,
// report a failed sync of their folder.
func TestFailedFolderSyncIsAnErrorForEveryStagedFile(t *testing.T) {
	dir := t.TempDir()
	failFolderSync(t)
	if err := ReplaceFile(filepath.Join(dir, ".content"), []byte("stamp")); !errors.Is(err, syscall.EIO) {
		t.Errorf("ReplaceFile: %v, want EIO", err)
	}
	if _, err := PublishNew(filepath.Join(dir, "chase"), ".docx", []byte("x")); !errors.Is(err, syscall.EIO) {
		t.Errorf("PublishNew: %v, want EIO", err)
	}
	if err := PublishAs(filepath.Join(dir, "page.html"), []byte("x")); !errors.Is(err, syscall.EIO) {
		t.Errorf("PublishAs: %v, want EIO", err)
	}
}

// A folder the file system cannot sync at all (EINVAL) is not a failure.
func TestFolderThatCannotBeSyncedIsNotAnError(t *testing.T) {
	old := fsyncDir
	fsyncDir = func(string) error { return syscall.EINVAL }
	t.Cleanup(func() { fsyncDir = old })
	if _, err := WriteAll(t.TempDir(), "annual", stamp, fixture.Small(), twoFiles); err != nil {
		t.Fatal(err)
	}
}
