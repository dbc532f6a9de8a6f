package render

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// tempFile is what the set writer needs of a file being written; *os.File
// is one. Tests put a file that fails part-way in its place.
type tempFile interface {
	io.Writer
	Name() string
	Sync() error
	Close() error
}

// fileSystem is the writer's seam onto the disk: where temporaries are
// created and how much room is left. The real one is osFS; a test injects
// a full disk without needing one.
type fileSystem interface {
	CreateTemp(dir, pattern string) (tempFile, error)
	// FreeBytes is the room left for this user in dir; ok is false where the
	// system cannot say, and then nothing is checked.
	FreeBytes(dir string) (free uint64, ok bool)
}

type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
func (osFS) FreeBytes(dir string) (uint64, bool)              { return freeBytes(dir) }

// The temporaries' name patterns. A killed run leaves files matching these,
// and only these are ever removed as leftovers (see RemoveLeftovers).
const (
	draftTempPattern  = ".draft-*.tmp"
	latestTempPattern = ".latest-*.json.tmp"
)

// staged is a rendered temp file waiting for its name.
type staged struct {
	ext, tmp string
	size     int64
}

// renderTemp renders into a synced temp file in dir and returns it; on
// failure the temp file is removed. A renderer's panic costs the set, not
// the run.
func renderTemp(fsys fileSystem, dir string, rd Renderer, r *model.Report) (s staged, err error) {
	f, err := fsys.CreateTemp(dir, ".draft-*."+rd.Ext()+".tmp")
	if err != nil {
		return s, diskError(err)
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	cw := &countingWriter{w: f}
	bw := bufio.NewWriterSize(cw, 256<<10)
	if err = rd.Render(bw, r); err != nil {
		return s, diskError(err)
	}
	if err = bw.Flush(); err != nil {
		return s, diskError(err)
	}
	if err = f.Sync(); err != nil {
		return s, diskError(err)
	}
	if err = f.Close(); err != nil {
		return s, diskError(err)
	}
	return staged{ext: rd.Ext(), tmp: f.Name(), size: cw.n}, os.Chmod(f.Name(), 0o644)
}

// measure renders r with rd into nothing, to learn the file's size before
// anything is written.
func measure(rd Renderer, r *model.Report) (n int64, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	cw := &countingWriter{w: io.Discard}
	err = rd.Render(cw, r)
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrDiskFull says the output folder's disk has no room for the set.
var ErrDiskFull = errors.New("the output folder's disk is full")

// diskError names a full disk or a file size limit as such, so the
// message says what to do.
func diskError(err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT):
		return fmt.Errorf("%w (%v): free some space there, or set paths.output to a folder on another disk", ErrDiskFull, err)
	case errors.Is(err, syscall.EFBIG):
		return fmt.Errorf("%w: the draft is larger than this system lets one file be (the shell's ulimit -f, or the file system's own limit); lift that limit or set paths.output to another disk", err)
	}
	return err
}
