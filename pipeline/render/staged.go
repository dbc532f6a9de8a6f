package render

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// This file is the one owner of staged output for single files: every file
// reportpipe writes outside a draft set (an updated draft and its review
// page, the version to publish and its register, chase drafts, the content
// stamp) goes through a synced hidden temporary in its own folder and then
// takes its name by a hard link (never replacing) or a rename (replacing),
// so nobody ever sees half a file. A draft set is written by WriteAll, over
// the same temporaries.

// stagedTempPattern names single-file temporaries; a killed run's leftovers
// are told by it (see RemoveLeftovers).
const stagedTempPattern = ".reportpipe-*"

// PublishNew writes data to stem+ext, or stem-2+ext, stem-3+ext, ...
// whichever name is free, and returns the path written. No file is ever
// replaced.
func PublishNew(stem, ext string, data []byte) (string, error) {
	tmp, err := syncedTemp(filepath.Dir(stem), ext, data)
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp)
	for n := 1; n <= maxSuffix; n++ {
		dst := stem + ext
		if n > 1 {
			dst = stem + "-" + strconv.Itoa(n) + ext
		}
		err := linkNew(tmp, dst)
		if err == nil {
			if err := syncDir(filepath.Dir(dst)); err != nil {
				os.Remove(dst)
				return "", err
			}
			return dst, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s: %d files of that name already exist", filepath.Base(stem), maxSuffix)
}

// PublishAs writes data to exactly path, for a file that goes with one
// PublishNew just named (the review page of an updated draft); a file
// already there is an error (os.ErrExist), never replaced.
func PublishAs(path string, data []byte) error {
	tmp, err := syncedTemp(filepath.Dir(path), filepath.Ext(path), data)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := linkNew(tmp, path); err != nil {
		return err
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// ReplaceFile replaces path with data atomically: a file meant to be
// replaced (a chase draft, the content stamp), which a reader sees whole,
// old or new.
func ReplaceFile(path string, data []byte) error {
	tmp, err := syncedTemp(filepath.Dir(path), filepath.Ext(path), data)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// linkNew gives the temporary tmp the name dst without replacing a file:
// a hard link, or where links are not supported a checked rename.
func linkNew(tmp, dst string) error {
	err := os.Link(tmp, dst)
	if err != nil && !errors.Is(err, os.ErrExist) {
		err = renameIfFree(tmp, dst)
	}
	return err
}

// syncedTemp writes data to a new hidden temporary in dir, synced and
// readable by all, and returns its name.
func syncedTemp(dir, ext string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, stagedTempPattern+ext+".tmp")
	if err != nil {
		return "", diskError(err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err != nil {
		os.Remove(tmp)
		return "", diskError(err)
	}
	return tmp, nil
}
