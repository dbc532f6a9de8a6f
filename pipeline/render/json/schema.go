package json

import (
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Document is the whole JSON output.
type Document struct {
	Report     Meta        `json:"report"`
	Statements []Statement `json:"statements"`
	Missing    []string    `json:"missing"`
	// Awaited are the missing agencies with the numbers they keep.
	Awaited    []model.Awaited    `json:"awaited,omitempty"`
	Superseded []model.Superseded `json:"superseded"`
	Rejected   []model.Rejected   `json:"rejected"`
	Analysis   *model.Analysis    `json:"analysis"`
	Notes      []string           `json:"notes,omitempty"`
	// Parts is the whole report's outline, when one is configured.
	Parts []Part `json:"parts,omitempty"`
}

// Meta describes the report.
type Meta struct {
	Board            string    `json:"board"`
	Title            string    `json:"title"`
	Period           string    `json:"period"`
	GeneratedAt      time.Time `json:"generated_at"`
	StatementsNumber string    `json:"statements_number,omitempty"`
	StatementsTitle  string    `json:"statements_title,omitempty"`
}

// Statement is one agency's statement.
type Statement struct {
	Agency      string       `json:"agency"`
	AgencyKnown bool         `json:"agency_known"`
	Number      string       `json:"number"`
	Sources     []Source     `json:"sources"`
	Sections    []Section    `json:"sections"`
	Flags       []model.Flag `json:"flags"`
}

// Source is a file the statement came from.
type Source struct {
	File       string       `json:"file"`
	Attachment string       `json:"attachment,omitempty"`
	Format     model.Format `json:"format"`
	SHA256     string       `json:"sha256"`
	Received   time.Time    `json:"received"`
}

// Section is a template section (or unmapped) with its blocks.
type Section struct {
	Key    model.SectionKey `json:"key"`
	Title  string           `json:"title"`
	Blocks []Block          `json:"blocks"`
}

// Block is one placed block. Text is always the block's verbatim plain text
// (a table's cells joined by tabs, rows by newlines); Rows repeats a table's
// cells for readers that want the grid.
type Block struct {
	Kind       model.Kind `json:"kind"`
	Text       string     `json:"text"`
	Confidence float64    `json:"confidence"`
	Source     Position   `json:"source"`
	Role       model.Role `json:"role"`
	Mapper     string     `json:"mapper"`
	Evidence   string     `json:"evidence"`
	Level      int        `json:"level,omitempty"`
	Depth      int        `json:"depth,omitempty"`
	Ordered    bool       `json:"ordered,omitempty"`
	Rows       [][]string `json:"rows,omitempty"`
}

// Position is where a block stands in its file.
type Position struct {
	File  string `json:"file"`
	Page  int    `json:"page,omitempty"`
	Index int    `json:"index"`
}
