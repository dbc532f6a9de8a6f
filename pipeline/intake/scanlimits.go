package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FolderTooLargeError is a submissions folder holding more files or bytes
// than the limits allow: most likely a whole disk or home folder named by
// mistake. Files and Bytes are what was counted when the scan stopped.
type FolderTooLargeError struct {
	Root         string
	Files        int
	Bytes        int64
	MaxFiles     int
	MaxBytes     int64
	TooManyFiles bool // else too many bytes
}

func (e *FolderTooLargeError) Error() string {
	if e.TooManyFiles {
		return fmt.Sprintf("the submissions folder %s holds more than %d files, far more than a year's statements", e.Root, e.MaxFiles)
	}
	return fmt.Sprintf("the submissions folder %s holds more than %d MB, far more than a year's statements", e.Root, e.MaxBytes>>20)
}

// checkSize stops the walk once the folder passes a limit.
func (opt ScanOptions) checkSize(root string, files int, bytes int64) error {
	tooMany := opt.MaxFiles > 0 && files > opt.MaxFiles
	if tooMany || opt.MaxBytes > 0 && bytes > opt.MaxBytes {
		return &FolderTooLargeError{Root: root, Files: files, Bytes: bytes, MaxFiles: opt.MaxFiles, MaxBytes: opt.MaxBytes, TooManyFiles: tooMany}
	}
	return nil
}

// walkProblem is the refusal of a file or folder the walk could not look
// into, in words that say what may be missing.
func walkProblem(err error, d fs.DirEntry) error {
	what := "the file"
	if d != nil && d.IsDir() {
		what = "the folder"
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return rejectIntake(model.ErrUnreadable, what+" cannot be read (permission denied), so a statement in it may be missing",
			"Check its permissions, or save the statement into the submissions folder itself")
	case errors.Is(err, syscall.ENAMETOOLONG):
		return rejectIntake(model.ErrUnreadable, what+"'s path is too long to open, so a statement in it may be missing",
			"Move the statement into the submissions folder itself, with a shorter name")
	}
	return rejectIntake(fmt.Errorf("%w: %w", model.ErrUnreadable, err), what+" cannot be read ("+errorDetail(err)+"), so a statement in it may be missing",
		"Save the statement into the submissions folder itself")
}
