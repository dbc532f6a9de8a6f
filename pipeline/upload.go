package pipeline

import (
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// CheckUpload gives a file about to be saved into the submissions folder
// the checks a scanned file gets before it is read: a name Scan would
// leave out (a lock file, a temporary or hidden file) and content that
// cannot carry a statement (not a document, a picture, empty) are refused
// with intake's own reason. Problems only reading finds (a password, a
// damaged page) are for the run to report, as for any other file.
func CheckUpload(name string, data []byte) error {
	if why := intake.SkipReason(name); why != "" {
		return &model.InputError{Stage: model.StageIntake, Detail: "the name is that of a " + why + ", which reportpipe never reads",
			Hint: "Upload the statement itself under its own name", Err: model.ErrNotADoc}
	}
	_, err := intake.Sniff(name, data)
	return err
}
