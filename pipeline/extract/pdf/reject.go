package pdf

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The refusals, in the words a person reading the run summary needs.

func errCorrupt(cause error) error {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, cause),
		"the PDF is damaged or truncated, so its text could not be read",
		"Ask the agency to save the PDF again (or send the Word version) and resend it")
}

func errNotPDF() error {
	return model.Reject(fmt.Errorf("%w: no %%PDF header", model.ErrCorrupt),
		"the file is not a PDF although it was read as one",
		"Ask the agency to resend the statement as a PDF or Word document")
}

func errEncrypted(cause error) error {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrEncrypted, cause),
		"the PDF is password-protected, so its text cannot be read",
		"Ask the agency for a copy without a password")
}

func errNoText() error {
	return model.Reject(model.ErrNoText,
		"the PDF has no text layer: it looks scanned",
		"Ask the agency for the Word version or a PDF saved from Word")
}

func errTooManyPages(n, max int) error {
	return model.Reject(fmt.Errorf("%w: %d pages, limit %d", model.ErrTooLarge, n, max),
		fmt.Sprintf("the PDF has %d pages, more than the %d a statement may have", n, max),
		"Ask the agency to send the statement on its own, not inside a larger document")
}

func errCancelled(cause error) error {
	return model.Reject(fmt.Errorf("%w: %v", model.ErrTooLarge, cause),
		"reading the PDF took too long, so it was stopped",
		"Ask the agency for a simpler copy (for example saved again from Word)")
}
