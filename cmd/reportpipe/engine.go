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

// missingEngine is the error of a front without a usable engine: an
// install that copied one of the two files, or an engine that cannot run.
type missingEngine struct {
	path string // where the engine was looked for
	err  error
}

func (e *missingEngine) Error() string {
	what := "is not there"
	if !errors.Is(e.err, fs.ErrNotExist) {
		what = fmt.Sprintf("cannot be started (%v)", e.err)
	}
	return fmt.Sprintf("%s: the engine that runs reportpipe's commands %s, so this command cannot run\n"+
		"Hint: reportpipe is two files of one release, reportpipe and %s, kept in the same folder: "+
		"unpack both from the release archive (or run make install) into the same folder", e.path, what, filepath.Base(e.path))
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
		return "", &missingEngine{path: path, err: err}
	case !info.Mode().IsRegular():
		return "", &missingEngine{path: path, err: errors.New("it is not a regular file")}
	}
	return path, nil
}
