package render

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// fullDisk is a fileSystem whose disk fills up: the temp files it creates
// take writes until room bytes have been written in all, then fail with
// ENOSPC, as a real full disk does. free is what it reports as free.
type fullDisk struct {
	room    int
	free    uint64
	written int
}

func (d *fullDisk) CreateTemp(dir, pattern string) (tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &fillingFile{File: f, disk: d}, nil
}

func (d *fullDisk) FreeBytes(string) (uint64, bool) { return d.free, true }

type fillingFile struct {
	*os.File
	disk *fullDisk
}

func (f *fillingFile) Write(p []byte) (int, error) {
	left := f.disk.room - f.disk.written
	if len(p) > left {
		n, _ := f.File.Write(p[:max(left, 0)])
		f.disk.written += n
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	f.disk.written += len(p)
	return f.File.Write(p)
}

var twoFiles = []Renderer{fixedRenderer{ext: "md", text: strings.Repeat("m", 4000)}, fixedRenderer{ext: "json", text: strings.Repeat("j", 4000)}}

// writeGoodSet publishes a complete set and returns latest.json's files.
func writeGoodSet(t *testing.T, dir string) map[string]string {
	t.Helper()
	if _, err := WriteAll(dir, "annual", stamp, fixture.Small(), twoFiles); err != nil {
		t.Fatal(err)
	}
	l, err := ReadLatest(dir)
	if err != nil {
		t.Fatal(err)
	}
	return l.Files
}

// assertOnlySet checks that latest.json still names set and the folder
// holds that set, latest.json and nothing else: no temporaries, no part of
// a newer set.
func assertOnlySet(t *testing.T, dir string, set map[string]string) {
	t.Helper()
	l, err := ReadLatest(dir)
	if err != nil || fmt.Sprint(l.Files) != fmt.Sprint(set) {
		t.Errorf("latest.json names %v (%v), want the last complete set %v", l.Files, err, set)
	}
	want := []string{LatestName}
	for _, f := range set {
		want = append(want, f)
	}
	got := names(t, dir)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("folder holds %v, want only %v", got, want)
	}
}

// The disk fills up while the second file of the set is written: nothing
// of the new set is published and no temporary is left.
func TestFullDiskMidSetLeavesTheLastCompleteSet(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	disk := &fullDisk{room: 6000, free: 1 << 40}
	_, err := writeSet(disk, dir, "annual", stamp.Add(time.Hour), fixture.Small(), twoFiles)
	if !errors.Is(err, ErrDiskFull) || !strings.Contains(err.Error(), "free some space") {
		t.Fatalf("error %v, want a full disk and what to do", err)
	}
	if !strings.Contains(err.Error(), "latest.json still names the last complete set") {
		t.Errorf("error %q does not say the last set is still the one", err)
	}
	assertOnlySet(t, dir, before)
}

// Every draft is written, but latest.json cannot be: the new files are
// taken back, since a set latest.json does not name is not published.
func TestFullDiskAtLatestLeavesTheLastCompleteSet(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	disk := &fullDisk{room: 8000, free: 1 << 40}
	_, err := writeSet(disk, dir, "annual", stamp.Add(time.Hour), fixture.Small(), twoFiles)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("error %v, want a full disk", err)
	}
	assertOnlySet(t, dir, before)
}

// Too little free space is found before anything is written, and the
// message says how much is needed and how much there is.
func TestTooLittleRoomIsRefusedBeforeWriting(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	disk := &fullDisk{room: 1 << 30, free: 300 << 10}
	_, err := writeSet(disk, dir, "annual", stamp.Add(time.Hour), fixture.Small(), twoFiles)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("error %v, want a full disk", err)
	}
	for _, want := range []string{"needs at least 1.0 MB", "300.0 kB is free", "paths.output"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if disk.written != 0 {
		t.Errorf("%d bytes written before the room was checked", disk.written)
	}
	assertOnlySet(t, dir, before)
}

// Taking the lock removes what a killed run left: the writer's own
// temporaries in the output folder, and nothing else.
func TestLockRemovesAKilledRunsTemporaries(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	debris := []string{".draft-81723.docx.tmp", ".draft-4411.html.tmp", ".latest-993.json.tmp"}
	kept := []string{"reviewer notes.tmp", ".draft-notes.docx", "annual-draft-20261126-093015.md.tmp.bak"}
	for _, n := range append(debris, kept...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cache := filepath.Join(dir, ".cache")
	if err := os.Mkdir(cache, 0o755); err != nil {
		t.Fatal(err)
	}
	inCache := filepath.Join(cache, ".draft-1.md.tmp")
	if err := os.WriteFile(inCache, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	release, err := AcquireLock(dir)
	if err != nil {
		t.Fatal(err)
	}
	release()
	got := names(t, dir)
	for _, n := range debris {
		if slices.Contains(got, n) {
			t.Errorf("leftover %s not removed", n)
		}
	}
	for _, n := range append(kept, ".cache") {
		if !slices.Contains(got, n) {
			t.Errorf("%s removed, but it is not the writer's temporary", n)
		}
	}
	if _, err := os.Stat(inCache); err != nil {
		t.Errorf("a file in a subfolder was touched: %v", err)
	}
	if l, _ := ReadLatest(dir); fmt.Sprint(l.Files) != fmt.Sprint(before) {
		t.Errorf("latest.json changed to %v", l.Files)
	}
}

// A name too long for the file system is that, not "1000 drafts exist".
func TestNameTooLongSaysSo(t *testing.T) {
	dir := t.TempDir()
	_, err := WriteAll(dir, strings.Repeat("n", 300), stamp, fixture.Small(), twoFiles)
	if err == nil {
		t.Fatal("a 300-character name was accepted")
	}
	if strings.Contains(err.Error(), "already exist") || !strings.Contains(err.Error(), "too long") {
		t.Errorf("error %q, want the name being too long", err)
	}
	if n := names(t, dir); len(n) != 0 {
		t.Errorf("folder holds %v, want nothing", n)
	}
}
