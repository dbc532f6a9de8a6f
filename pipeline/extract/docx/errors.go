package docx

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// kind words the refusals this reader shares with the other zip-based one.
var kind = ziputil.Kind{Noun: "Word file", Resave: "Ask the agency to save it again from Word and resend it"}

func rejectNotWord() error {
	return model.Reject(fmt.Errorf("%w: no word/document.xml in the package", model.ErrUnsupported),
		"the file is a zip file, not a Word document (it holds no Word text part)",
		"Ask the agency to send the statement as a Word (.docx) or PDF file")
}

func rejectNoText() error {
	return model.Reject(model.ErrNoText,
		"the Word file holds no text that could be read",
		"If the statement is a scanned picture pasted into Word, ask the agency for a typed copy")
}
