package tempdir

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// RunPrefix starts the name of a process's own folder; the process id
// follows, so a sweep can tell whose it is.
const RunPrefix = "reportpipe-run-"

// legacyPrefixes are the folders reportpipe made directly in the system
// temporary folder before each process had its own; swept once old.
var legacyPrefixes = []string{"reportpipe-doc-", "reportpipe-ocr-", "reportpipe-read-", "reportpipe-pages-"}

// legacyAge is how old such a folder must be to be swept: no reading of
// one file lasts an hour, so an older one has no live owner.
const legacyAge = time.Hour

// Own sweeps base (the system temporary folder when "") of what dead
// processes left, makes this process's folder there and points TMPDIR at
// it. The returned function removes the folder; call it on the way out.
// When the folder cannot be made, nothing changes and cleanup does nothing.
func Own(base string) (cleanup func()) {
	if base == "" {
		base = os.TempDir()
	}
	Sweep(base, time.Now())
	dir, err := os.MkdirTemp(base, fmt.Sprintf("%s%d-", RunPrefix, os.Getpid()))
	if err != nil {
		return func() {}
	}
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", dir)
	return func() {
		os.RemoveAll(dir)
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
	}
}

// Sweep removes from base the folders of reportpipe processes that are no
// longer running, and the older kind of folder once it is an hour old.
// What cannot be removed is left: it costs disk space, not correctness.
func Sweep(base string, now time.Time) []string {
	entries, err := os.ReadDir(base)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !e.IsDir() || !stale(e, now) {
			continue
		}
		p := filepath.Join(base, e.Name())
		if os.RemoveAll(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}

func stale(e os.DirEntry, now time.Time) bool {
	name := e.Name()
	if rest, ok := strings.CutPrefix(name, RunPrefix); ok {
		pidText, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		return err == nil && pid != os.Getpid() && !alive(pid)
	}
	for _, p := range legacyPrefixes {
		if strings.HasPrefix(name, p) {
			info, err := e.Info()
			return err == nil && now.Sub(info.ModTime()) > legacyAge
		}
	}
	return false
}
