package render

import (
	"errors"
	"os"
	"path/filepath"
)

// removeLeftovers deletes the temporaries a killed run left in the output
// folder dir: only regular files directly in dir whose names match the
// writer's own temp patterns, nothing in subfolders (the cache) and nothing
// else (a reviewer's files). It must only run while holding dir's lock, so
// the temporaries of a live run are never taken from under it; AcquireLock
// calls it when it takes the lock. It returns the names removed.
func removeLeftovers(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var removed []string
	var errs []error
	for _, e := range ents {
		if !e.Type().IsRegular() || !isOwnTemp(e.Name()) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, e.Name())
	}
	return removed, errors.Join(errs...)
}

func isOwnTemp(name string) bool {
	for _, p := range []string{draftTempPattern, latestTempPattern, stagedTempPattern + ".tmp"} {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}
