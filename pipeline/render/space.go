package render

import "fmt"

// roomMargin is kept free beyond the set itself: latest.json, the cache,
// and a disk that is never filled to its last block.
const roomMargin = 1 << 20

// checkRoom refuses to start writing when the output folder's disk has
// less room than the set needs, saying how much that is. Where the free
// space cannot be read it checks nothing; the write errors then still
// leave no partial set.
func checkRoom(fsys fileSystem, dir string, set []rendered) error {
	free, ok := fsys.FreeBytes(dir)
	if !ok {
		return nil
	}
	var need uint64 = roomMargin
	for _, f := range set {
		need += uint64(len(f.data))
	}
	if need > free {
		return fmt.Errorf("render: %w: the draft set needs %s and %s is free in %s; free some space there (older drafts can go), or set paths.output to a folder on another disk",
			ErrDiskFull, size(need), size(free), dir)
	}
	return nil
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
