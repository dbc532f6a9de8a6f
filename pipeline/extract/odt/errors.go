package odt

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The hint for a file that needs saving again.
const hintResave = "Ask the agency to save it again and resend it"

func rejectEmpty() error {
	return model.Reject(model.ErrEmpty,
		"the OpenDocument file is empty (0 bytes), so there is nothing to read",
		"Ask the agency to resend the statement; the attachment was probably not saved fully")
}

func rejectCorrupt(cause error) error {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, cause),
		"the OpenDocument file is damaged or incomplete, so its text cannot be read",
		hintResave)
}

func rejectNotText() error {
	return model.Reject(fmt.Errorf("%w: no content.xml in the package", model.ErrUnsupported),
		"the file is a zip file, not an OpenDocument text document (it holds no text part)",
		"Ask the agency to send the statement as a Word (.docx), OpenDocument (.odt) or PDF file")
}

func rejectTooBig(size, max int64) error {
	return model.Reject(fmt.Errorf("%w: %d bytes over %d", model.ErrTooLarge, size, max),
		"the OpenDocument file is far larger than any statement, so it was not read",
		"Ask the agency to resend the statement without large embedded pictures or objects")
}

func rejectEncrypted() error {
	return model.Reject(fmt.Errorf("%w: content.xml is encrypted", model.ErrEncrypted),
		"the OpenDocument file is password-protected, so its text cannot be read",
		"Ask the agency for a copy without a password")
}

func rejectNoText() error {
	return model.Reject(model.ErrNoText,
		"the OpenDocument file holds no text that could be read",
		"If the statement is a scanned picture pasted into the document, ask the agency for a typed copy")
}
