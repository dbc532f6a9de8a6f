package pipeline

import (
	"errors"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/assemble"
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
	// Agency is who the document is credited to; for a rejected file, the
	// agency its name suggests ("" when it names none).
	Agency   string    `json:"agency,omitempty"`
	Received time.Time `json:"received"`
	// Reason says why a rejected file could not be used, or why a
	// superseded one lost to By.
	Reason string `json:"reason,omitempty"`
	By     string `json:"by,omitempty"`
	// Detail is what is wrong with a rejected file, without what to do
	// (that is in Reason), and Cause names it as a word (model.Cause), so
	// the agency can be asked for the right thing.
	Detail string `json:"detail,omitempty"`
	Cause  string `json:"cause,omitempty"`
	Cached bool   `json:"cached,omitempty"`
}

// Result is a run's outcome: the assembled Report and every file's fate.
type Result struct {
	Report *model.Report
	Files  []FileOutcome
	// Work is what the run converted, extracted and mapped, and what it
	// took from the cache instead.
	Work Work
	// Decisions are the reviewers' placement decisions and how many blocks
	// each placed in this run (0: its block is gone; the notes say so).
	Decisions []DecisionOutcome
}

// reject records a document that could not be used.
func (res *Result) reject(src model.Source, err error, agency string) {
	reason, detail := err.Error(), err.Error()
	var ie *model.InputError
	if errors.As(err, &ie) {
		reason, detail = ie.Reason(), ie.Detail
	}
	res.Report.Rejected = append(res.Report.Rejected, model.Rejected{File: assemble.DisplayName(src), Reason: reason})
	res.Files = append(res.Files, FileOutcome{Path: src.Path, Attachment: src.Attachment,
		Format: src.Format, Status: FileRejected, Received: src.Received, Reason: reason, Agency: agency,
		Detail: detail, Cause: model.Cause(err)})
}

// decisionOutcome is the file outcome of one assembled document.
func decisionOutcome(d assemble.Decision, cached bool) FileOutcome {
	s := d.Doc.Source
	status := map[assemble.Status]FileStatus{assemble.Used: FileUsed, assemble.Superseded: FileSuperseded,
		assemble.Unidentified: FileUnidentified}[d.Status]
	return FileOutcome{Path: s.Path, Attachment: s.Attachment, Format: s.Format, Status: status,
		Agency: d.Agency, Received: s.Received, By: d.By, Reason: d.Why, Cached: cached}
}

func cachedDocs(outs []outcome) map[*model.Document]bool {
	m := map[*model.Document]bool{}
	for _, o := range outs {
		if o.cached {
			m[o.mapped.Doc] = true
		}
	}
	return m
}
