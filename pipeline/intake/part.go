package intake

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// ReadPart reads one file of the report's outline (a board chapter, a
// table, a chapter's picture) as a submission is read: an ordinary file,
// without blocking, never more than max bytes. A file that is not there
// yet gives an error that is fs.ErrNotExist (the part is awaited); any
// other failure is a *model.InputError saying what to do.
func ReadPart(path string, max int64) ([]byte, time.Time, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, time.Time{}, err
	}
	data, info, err := readBounded(path, max)
	if err != nil {
		return nil, time.Time{}, err
	}
	return data, info.ModTime().UTC(), nil
}
