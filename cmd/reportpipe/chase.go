package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/tracker"
)

// writeChases saves each chase message as an .eml draft in dir, after
// removing the drafts of an earlier --chase (only .eml files, only in dir:
// reportpipe's own), so the folder holds exactly who to chase now. It
// returns each agency's file.
func writeChases(dir string, chases []tracker.Chase, now time.Time) (map[string]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("chase folder %s: %w", dir, err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	for _, f := range old {
		_ = os.Remove(f) // a stale draft left behind is only noise
	}
	written := map[string]string{}
	used := map[string]bool{}
	for _, c := range chases {
		name := c.FileName()
		for n := 2; used[name]; n++ {
			name = strings.TrimSuffix(c.FileName(), ".eml") + fmt.Sprintf("-%d.eml", n)
		}
		used[name] = true
		path := filepath.Join(dir, name)
		if err := render.ReplaceFile(path, c.EML(now)); err != nil {
			return nil, err
		}
		written[c.Agency] = path
	}
	return written, nil
}
