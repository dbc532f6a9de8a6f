package render

import (
	"errors"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// bigRenderer writes size bytes in chunks from one buffer, as a streaming
// renderer of a large season does.
type bigRenderer struct {
	ext  string
	size int
}

func (b bigRenderer) Ext() string { return b.ext }

func (b bigRenderer) Render(w io.Writer, _ *model.Report) error {
	chunk := make([]byte, 32<<10)
	for n := 0; n < b.size; n += len(chunk) {
		if _, err := w.Write(chunk); err != nil {
			return err
		}
	}
	return nil
}

// A set is written to disk as it is rendered: a 48 MB draft costs the
// writer a small buffer, not the draft's size (or twice it, as a growing
// buffer would).
func TestSetIsNotHeldInMemory(t *testing.T) {
	dir := t.TempDir()
	const size = 48 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := WriteAll(dir, "annual", stamp, fixture.Small(), []Renderer{bigRenderer{ext: "json", size: size}}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > size/8 {
		t.Errorf("writing a %d MB set allocated %d MB: the set is held in memory", size>>20, got>>20)
	}
}

// A set larger than the room the disk had is refused as it is written,
// before the disk is filled past the margin, and nothing is published.
func TestSetLargerThanTheRoomIsRefusedWhileWriting(t *testing.T) {
	dir := t.TempDir()
	before := writeGoodSet(t, dir)
	disk := &fullDisk{room: 1 << 30, free: roomMargin + 5000}
	_, err := writeSet(disk, dir, "annual", stamp.Add(time.Hour), fixture.Small(), twoFiles)
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("error %v, want a full disk", err)
	}
	if disk.written > 5000 {
		t.Errorf("%d bytes written: the disk was filled past its margin", disk.written)
	}
	assertOnlySet(t, dir, before)
}
