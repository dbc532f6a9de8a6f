package operatorfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// The limits of the files an operator names: far above any real one.
const (
	MaxConfig   = 1 << 20  // a YAML configuration
	MaxTemplate = 4 << 20  // a template YAML
	MaxDocument = 64 << 20 // a Word document (reference styles, an edited draft)
)

// Error says why a named file was not read, in words for the operator.
type Error struct {
	Path string
	Why  string
	Err  error // the operating system's error, when there was one
}

func (e *Error) Error() string { return e.Path + " " + e.Why }
func (e *Error) Unwrap() error { return e.Err }

// Read returns the bytes of the regular file at path, refusing anything
// else (a folder, a device, a pipe) and anything over max bytes. The type
// and size are checked on the open file, and the read is bounded anyway,
// so a file that grows while read is refused too.
func Read(path string, max int64) ([]byte, error) {
	f, err := openNoBlock(path)
	if err != nil {
		return nil, &Error{Path: path, Why: "cannot be read (" + osWords(err) + ")", Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{Path: path, Why: "cannot be read (" + osWords(err) + ")", Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Path: path, Why: "is not an ordinary file but " + kind(info.Mode())}
	}
	if info.Size() > max {
		return nil, tooLarge(path, info.Size(), max)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, &Error{Path: path, Why: "cannot be read (" + osWords(err) + ")", Err: err}
	}
	if int64(len(data)) > max {
		return nil, tooLarge(path, int64(len(data)), max)
	}
	return data, nil
}

func tooLarge(path string, size, max int64) error {
	return &Error{Path: path, Why: fmt.Sprintf("is %s, more than the %s such a file may be", mb(size), mb(max))}
}

func mb(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MB", n>>20)
}

// osWords is the operating system's words without the path.
func osWords(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a pipe"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}
