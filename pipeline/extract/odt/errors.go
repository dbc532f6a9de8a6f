package odt

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// kind words the refusals this reader shares with the other zip-based one.
var kind = ziputil.Kind{Noun: "OpenDocument file", Resave: "Ask the agency to save it again and resend it"}

func rejectNotText() error {
	return model.Reject(fmt.Errorf("%w: no content.xml in the package", model.ErrUnsupported),
		"the file is a zip file, not an OpenDocument text document (it holds no text part)",
		"Ask the agency to send the statement as a Word (.docx), OpenDocument (.odt) or PDF file")
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
