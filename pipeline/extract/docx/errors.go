package docx

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The hint for a file that needs saving again.
const hintResave = "Ask the agency to save it again from Word and resend it"

func rejectEmpty() error {
	return model.Reject(model.ErrEmpty,
		"the Word file is empty (0 bytes), so there is nothing to read",
		"Ask the agency to resend the statement; the attachment was probably not saved fully")
}

func rejectCorrupt(cause error) error {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, cause),
		"the Word file is damaged or incomplete, so its text cannot be read",
		hintResave)
}

func rejectNotWord() error {
	return model.Reject(fmt.Errorf("%w: no word/document.xml in the package", model.ErrUnsupported),
		"the file is a zip file, not a Word document (it holds no Word text part)",
		"Ask the agency to send the statement as a Word (.docx) or PDF file")
}

func rejectTooBig(size, max int64) error {
	return model.Reject(fmt.Errorf("%w: %d bytes over %d", model.ErrTooLarge, size, max),
		"the Word file is far larger than any statement, so it was not read",
		"Ask the agency to resend the statement without large embedded pictures or objects")
}

func rejectNoText() error {
	return model.Reject(model.ErrNoText,
		"the Word file holds no text that could be read",
		"If the statement is a scanned picture pasted into Word, ask the agency for a typed copy")
}
