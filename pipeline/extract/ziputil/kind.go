package ziputil

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Kind is a zip-based document format as people name it, for the checks
// and refusals every zip-based reader (DOCX, ODT) makes the same way.
type Kind struct {
	Noun   string // "Word file", "OpenDocument file"
	Resave string // the hint for a damaged file
}

// OpenFile makes the first checks on a submission of this kind, in order:
// not empty, within lim.MaxFileBytes, a readable zip, no part twice.
func (k Kind) OpenFile(data []byte, lim extract.Limits) (*Package, error) {
	if len(data) == 0 {
		return nil, k.Empty()
	}
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, k.TooBig(int64(len(data)), lim.MaxFileBytes)
	}
	pkg, err := Open(data, lim)
	if err != nil {
		return nil, k.Corrupt(err)
	}
	if name, dup := pkg.Duplicate(); dup {
		return nil, k.Twice(name)
	}
	return pkg, nil
}

// Twice refuses a package holding two parts of one name: which of them
// is the statement depends on the program that opens it.
func (k Kind) Twice(name string) error {
	return model.Reject(fmt.Errorf("%w: two zip entries named %s", model.ErrCorrupt, name),
		"the "+k.Noun+" is damaged: it holds two parts named "+name+", and programs disagree about which one counts, so it was not read",
		k.Resave)
}

// Empty refuses a 0-byte file.
func (k Kind) Empty() error {
	return model.Reject(model.ErrEmpty,
		"the "+k.Noun+" is empty (0 bytes), so there is nothing to read",
		"Ask the agency to resend the statement; the attachment was probably not saved fully")
}

// Corrupt refuses a file whose package or parts cannot be read.
func (k Kind) Corrupt(cause error) error {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, cause),
		"the "+k.Noun+" is damaged or incomplete, so its text cannot be read",
		k.Resave)
}

// TooBig refuses a file over the size limit.
func (k Kind) TooBig(size, max int64) error {
	return model.Reject(fmt.Errorf("%w: %d bytes over %d", model.ErrTooLarge, size, max),
		"the "+k.Noun+" is far larger than any statement, so it was not read",
		"Ask the agency to resend the statement without large embedded pictures or objects")
}
