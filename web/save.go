package web

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// saveNew writes data into dir under name, or under "name (2)" and so on
// when the name is taken: an upload never replaces a file. The bytes go to
// a hidden temporary file first (Scan and watch skip hidden names), which is
// then linked to its final name, so the final name never holds half a
// file and the link fails rather than replace one. Where the file system
// has no links, the final name is created exclusively instead.
func saveNew(dir, name string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(dir, ".upload-*.part")
	if err != nil {
		return "", fmt.Errorf("save %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.Write(data)
	if err := errors.Join(werr, tmp.Sync(), tmp.Close()); err != nil {
		return "", fmt.Errorf("save %s: %w", name, err)
	}
	for n := 1; n < 1000; n++ {
		try := name
		if n > 1 {
			try = numbered(name, n)
		}
		final := filepath.Join(dir, try)
		err := os.Link(tmp.Name(), final)
		if err == nil {
			return try, nil
		}
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err := createExclusive(final, data); err == nil {
			return try, nil
		} else if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("save %s: %w", name, err)
		}
	}
	return "", fmt.Errorf("save %s: too many files of that name already", name)
}

// createExclusive writes path only if it does not exist yet.
func createExclusive(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	if err := errors.Join(werr, f.Sync(), f.Close()); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}
