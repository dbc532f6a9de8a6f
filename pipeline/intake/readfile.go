package intake

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// readBounded reads the regular file at path, never more than max bytes
// (64 MiB when max <= 0). It opens without blocking, so a FIFO swapped in
// after the folder was scanned cannot hang the run, and checks the type and
// size on the open file, so what is read is what was checked. Every failure
// is a *model.InputError; info is set whenever the file could be opened.
func readBounded(path string, max int64) ([]byte, fs.FileInfo, error) {
	if max <= 0 {
		max = 64 << 20
	}
	f, err := openNoBlock(path)
	if err != nil {
		return nil, nil, openFailure(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, openFailure(err)
	}
	if !info.Mode().IsRegular() {
		return nil, info, rejectIntake(model.ErrUnreadable,
			fmt.Sprintf("it is not an ordinary file but %s", modeName(info.Mode())),
			"Save the statement into the folder as a file")
	}
	if info.Size() > max {
		return nil, info, tooLarge(info.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, info, openFailure(err)
	}
	if int64(len(data)) > max { // it grew while being read
		return nil, info, tooLarge(int64(len(data)))
	}
	return data, info, nil
}

// openFailure says why a file could not be opened or read, and what to do.
func openFailure(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return rejectIntake(model.ErrUnreadable, "the file was removed or renamed while reportpipe was reading the folder",
			"Run again once the folder has stopped changing")
	case errors.Is(err, fs.ErrPermission):
		return rejectIntake(model.ErrUnreadable, "reportpipe is not allowed to read the file (permission denied)",
			"Check the file's permissions, or save it again into the folder from the e-mail")
	}
	return rejectIntake(fmt.Errorf("%w: %w", model.ErrUnreadable, err),
		"the file cannot be read ("+errorDetail(err)+")",
		"Save it again into the folder; if that fails, ask the agency to resend it")
}

// errorDetail is the operating system's words without the path, which the
// message already names.
func errorDetail(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func tooLarge(size int64) error {
	return rejectIntake(model.ErrTooLarge,
		fmt.Sprintf("the file is %d MB, far larger than any statement", size>>20),
		"Ask the agency for the statement alone, without embedded pictures or appendices")
}

// modeName names a file type a person may recognise.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a pipe (FIFO)"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsDir():
		return "a folder"
	}
	return "a special file"
}
