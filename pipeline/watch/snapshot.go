package watch

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// stamp is what tells a file changed: its size and modification time.
type stamp struct {
	size  int64
	mtime time.Time
}

// snapshot lists the submissions under root as intake.Scan sees them (so
// lock and temp files never trigger a rebuild), minus ignored folders,
// plus the also files that exist.
func snapshot(root string, ignore, also []string) (map[string]stamp, error) {
	files, _, err := intake.Scan(root, intake.ScanOptions{Exclude: ignore})
	if err != nil {
		return nil, err
	}
	out := make(map[string]stamp, len(files))
	for _, f := range files {
		if !ignored(f.Path, ignore) {
			out[f.Path] = stamp{f.Size, f.ModTime}
		}
	}
	for _, f := range also {
		if st, err := os.Stat(f); err == nil {
			out[f] = stamp{st.Size(), st.ModTime()}
		}
	}
	return out, nil
}

// ignored reports whether path is one of dirs or inside one (the output
// folder may sit inside the submissions folder; its writes must not loop).
func ignored(path string, dirs []string) bool {
	for _, d := range dirs {
		if d == "" {
			continue
		}
		if path == d || strings.HasPrefix(path, d+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// changed lists the paths added, changed or removed between two snapshots.
func changed(before, after map[string]stamp) []string {
	var out []string
	for p, s := range after {
		if b, ok := before[p]; !ok || b.size != s.size || !b.mtime.Equal(s.mtime) {
			out = append(out, p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			out = append(out, p)
		}
	}
	return out
}
