package pipeline

import (
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FileStatus is what a run did with one submission file.
type FileStatus string

// The file statuses.
const (
	FileUsed         FileStatus = "used"         // in the report
	FileRejected     FileStatus = "rejected"     // could not be used; Reason says why
	FileSuperseded   FileStatus = "superseded"   // a newer version is used; By names it
	FileUnidentified FileStatus = "unidentified" // read, but no configured agency matched
)

// FileOutcome is one submission file's fate in a run. A .eml gives one
// outcome per attachment (Attachment set).
type FileOutcome struct {
	Path       string       `json:"file"`
	Attachment string       `json:"attachment,omitempty"`
	Format     model.Format `json:"format"`
	Status     FileStatus   `json:"status"`
	Agency     string       `json:"agency,omitempty"`
	Received   time.Time    `json:"received"`
	Reason     string       `json:"reason,omitempty"`
	By         string       `json:"by,omitempty"`
	Cached     bool         `json:"cached,omitempty"`
}

// Result is a run's outcome: the assembled Report and every file's fate.
type Result struct {
	Report *model.Report
	Files  []FileOutcome
}
