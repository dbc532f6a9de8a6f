package render

import (
	"bytes"
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

// rendered is one file of the set, rendered in memory: its size must be
// known before anything is written, and rendering twice (once to measure)
// would double the cost of a run's output. A set is a few megabytes.
type rendered struct {
	ext  string
	data []byte
}

// renderSet renders r with every renderer, in memory. A renderer's error
// or panic costs the set, not the run.
func renderSet(rs []Renderer, r *model.Report) ([]rendered, error) {
	var set []rendered
	for _, rd := range rs {
		data, err := renderOne(rd, r)
		if err != nil {
			return nil, fmt.Errorf("render %s: %w", rd.Ext(), err)
		}
		set = append(set, rendered{ext: rd.Ext(), data: data})
	}
	return set, nil
}

func renderOne(rd Renderer, r *model.Report) (data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	var buf bytes.Buffer
	if err := rd.Render(&buf, r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// staged is a written temp file waiting for its name.
type staged struct{ ext, tmp string }

// writeTemp writes one rendered file to a synced temp file in dir; on
// failure the temp file is removed.
func writeTemp(fsys fileSystem, dir string, f rendered) (s staged, err error) {
	tf, err := fsys.CreateTemp(dir, ".draft-*."+f.ext+".tmp")
	if err != nil {
		return s, diskError(err)
	}
	defer func() {
		if err != nil {
			tf.Close()
			os.Remove(tf.Name())
		}
	}()
	if _, err = tf.Write(f.data); err != nil {
		return s, diskError(err)
	}
	if err = tf.Sync(); err != nil {
		return s, diskError(err)
	}
	if err = tf.Close(); err != nil {
		return s, diskError(err)
	}
	return staged{ext: f.ext, tmp: tf.Name()}, os.Chmod(tf.Name(), 0o644)
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
