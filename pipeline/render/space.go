package render

import "fmt"

// roomMargin is kept free beyond the set itself: latest.json, the cache,
// and a disk that is never filled to its last block.
const roomMargin = 1 << 20

// room is what a draft set may write: the room the output folder's disk
// had when the set began, less roomMargin. The set is rendered straight to
// disk, so its size is known only once written; counting each write
// against the room keeps the disk from being filled past the margin all
// the same. Where the free space cannot be read nothing is counted; the
// write errors then still leave no partial set.
type room struct {
	dir        string
	free, used uint64
	known      bool
}

func newRoom(fsys fileSystem, dir string) *room {
	free, ok := fsys.FreeBytes(dir)
	return &room{dir: dir, free: free, known: ok}
}

// refuseEmpty refuses a set before anything is written when not even the
// margin is free.
func (r *room) refuseEmpty() error {
	if r.known && r.free < roomMargin {
		return r.full(0)
	}
	return nil
}

// take counts n more bytes of the set, or says the disk is full for it.
func (r *room) take(n int) error {
	if !r.known {
		return nil
	}
	if r.used+uint64(n)+roomMargin > r.free {
		return r.full(n)
	}
	r.used += uint64(n)
	return nil
}

func (r *room) full(n int) error {
	need := r.used + uint64(n) + roomMargin
	return fmt.Errorf("%w: the draft set needs at least %s and %s is free in %s; free some space there (older drafts can go), or set paths.output to a folder on another disk",
		ErrDiskFull, size(need), size(r.free), r.dir)
}

// size shows a byte count the way a file manager does: 1.5 MB.
func size(n uint64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
