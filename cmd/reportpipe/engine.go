package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// engineName is the engine's file name, beside the front.
const engineName = "reportpipe-engine"

// missingEngine is the error of a front without its engine: an install
// that copied one of the two files.
type missingEngine struct {
	path string // where the engine was looked for
	err  error
}

func (e *missingEngine) Error() string {
	return fmt.Sprintf("%s: the engine that runs reportpipe's commands is not there (%v), so this command cannot run\n"+
		"Hint: reportpipe is two files, reportpipe and %s; keep them in one folder. "+
		"Unpack both from the release archive (or run make install) into the same folder", e.path, e.err, filepath.Base(e.path))
}

func (e *missingEngine) Unwrap() error { return e.err }

// enginePath is the engine beside this executable (after symbolic links,
// so a link to reportpipe on the PATH finds the engine in the folder the
// two were installed in).
func enginePath() (string, error) {
	self, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("cannot tell where reportpipe itself is, to find %s beside it: %w", engineName, err)
	}
	if real, err := filepath.EvalSymlinks(self); err == nil {
		self = real
	}
	name := engineName
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	path := filepath.Join(filepath.Dir(self), name)
	info, err := os.Stat(path)
	switch {
	case err != nil:
		if errors.Is(err, fs.ErrNotExist) {
			err = errors.New("no such file")
		}
		return "", &missingEngine{path: path, err: err}
	case !info.Mode().IsRegular():
		return "", &missingEngine{path: path, err: errors.New("not a regular file")}
	}
	return path, nil
}
