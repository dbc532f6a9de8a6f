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

// staged is a written temp file waiting for its name.
type staged struct{ ext, tmp string }

// stageSet renders r with every renderer, each straight into a synced
// temporary in dir: nothing of the set is held in memory whole (at a
// season of thousands of statements the set is hundreds of megabytes), and
// each file is rendered once. The set may use the room the disk had when
// it began, less roomMargin (room); a write beyond that is refused before
// it reaches the disk, as a full disk. A renderer's error or panic, or a
// write that fails, costs the set, not the run; the temporaries already
// written are returned for the caller to remove either way.
func stageSet(fsys fileSystem, dir string, rs []Renderer, r *model.Report) ([]staged, error) {
	room := newRoom(fsys, dir)
	if err := room.refuseEmpty(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	var temps []staged
	for _, rd := range rs {
		s, err := stageOne(fsys, dir, rd, r, room)
		if s.tmp != "" {
			temps = append(temps, s)
		}
		if err != nil {
			return temps, err
		}
	}
	return temps, nil
}

// stageOne renders one file into its temporary, through a buffer, and
// syncs it. The temporary's name is returned even on failure, for removal.
func stageOne(fsys fileSystem, dir string, rd Renderer, r *model.Report, room *room) (s staged, err error) {
	tf, err := fsys.CreateTemp(dir, ".draft-*."+rd.Ext()+".tmp")
	if err != nil {
		return s, fmt.Errorf("render %s: %w", rd.Ext(), diskError(err))
	}
	s = staged{ext: rd.Ext(), tmp: tf.Name()}
	defer func() {
		if err != nil {
			tf.Close()
		}
	}()
	out := &guardedWriter{w: tf, room: room}
	buf := bufio.NewWriterSize(out, 256<<10)
	rerr := renderOne(rd, buf, r)
	if rerr == nil {
		buf.Flush()
	}
	if out.err != nil { // the disk's failure, whatever the renderer made of it
		return s, fmt.Errorf("render %s: %w", rd.Ext(), out.err)
	}
	if rerr != nil {
		return s, fmt.Errorf("render %s: %w", rd.Ext(), rerr)
	}
	if err = tf.Sync(); err != nil {
		return s, fmt.Errorf("render %s: %w", rd.Ext(), diskError(err))
	}
	if err = tf.Close(); err != nil {
		return s, fmt.Errorf("render %s: %w", rd.Ext(), diskError(err))
	}
	return s, os.Chmod(tf.Name(), 0o644)
}

func renderOne(rd Renderer, w io.Writer, r *model.Report) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	return rd.Render(w, r)
}

// guardedWriter passes writes to a temporary of the set while the set's
// room lasts, and keeps the first failure: a renderer that ignores a write
// error cannot make a short file look whole.
type guardedWriter struct {
	w    io.Writer
	room *room
	err  error
}

func (g *guardedWriter) Write(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.err = g.room.take(len(p)); g.err != nil {
		return 0, g.err
	}
	n, err := g.w.Write(p)
	if err != nil {
		g.err = diskError(err)
	}
	return n, g.err
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
