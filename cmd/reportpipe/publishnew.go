package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// publishNew writes data to stem+ext, or stem-2+ext, ... whichever is free,
// through a synced temp file in the same folder, so nobody sees half a
// file and no draft is ever replaced.
func publishNew(stem, ext string, data []byte) (string, error) {
	tmp, err := syncedTemp(filepath.Dir(stem), ext, data)
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp)
	for n := 1; n < 1000; n++ {
		dst := stem + ext
		if n > 1 {
			dst = stem + "-" + strconv.Itoa(n) + ext
		}
		if err := os.Link(tmp, dst); err == nil {
			return dst, nil
		} else if !errors.Is(err, os.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s: too many drafts of that name", filepath.Base(stem))
}

// publishAs writes data to exactly path the same way, for a file that goes
// with one publishNew just named (the review page of an updated draft); a
// file already there is an error, never replaced.
func publishAs(path string, data []byte) error {
	tmp, err := syncedTemp(filepath.Dir(path), filepath.Ext(path), data)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	return os.Link(tmp, path)
}

// syncedTemp writes data to a new hidden temp file in dir, synced and
// readable by all, and returns its name. The name (.reportpipe-*.tmp) is
// one a killed run's leftovers can be told by.
func syncedTemp(dir, ext string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, ".reportpipe-*"+ext+".tmp")
	if err != nil {
		return "", err
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
		return "", err
	}
	return tmp, nil
}
