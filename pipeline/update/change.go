package update

import "github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"

// Status says what happened to one agency's statement.
type Status string

// The statuses.
const (
	Unchanged  Status = "unchanged"
	NewVersion Status = "new version"
	Arrived    Status = "new statement"
	Withdrawn  Status = "withdrawn"
)

// Change is what update did for one agency, for the summary it prints and
// the review page. The counts are of the agency's own paragraphs, list
// items and tables (headings and source lines the draft writes are not
// counted).
type Change struct {
	// Agency is the agency's name, or for a board chapter (Chapter) its
	// part heading ("1 Introduction").
	Agency  string
	Chapter bool
	Status  Status
	// Changed were edited word by word (or replaced whole, for a table);
	// Inserted and Deleted are whole blocks.
	Changed, Inserted, Deleted int
	// Conflicts are blocks a reviewer had edited (or deleted) and the
	// agency changed too: the agency's version was inserted after the
	// reviewer's, with a comment.
	Conflicts int
	// Kept are blocks the agency removed but a reviewer had edited: they
	// stay, with a comment.
	Kept int
	// Blocks are the counted blocks one by one, in the order update met
	// them, so a reviewer can see each change without opening Word.
	Blocks []BlockChange
}

// Outcome is what update did with one block.
type Outcome string

// The outcomes; each but Reoffered has its count in Change.
const (
	BlockChanged  Outcome = "changed"
	BlockInserted Outcome = "inserted"
	BlockDeleted  Outcome = "deleted"
	// BlockConflict: the reviewer had edited the paragraph and the agency
	// changed it; Old is the reviewer's text.
	BlockConflict Outcome = "conflict"
	// BlockReoffered: the reviewer had deleted the paragraph and the agency
	// changed it; it is offered again (counted with the conflicts).
	BlockReoffered Outcome = "reoffered"
	BlockKept      Outcome = "kept"
)

// BlockChange is one block's change. Old is the text in the edited draft
// (empty for an insertion), New the agency's current text (empty for a
// deletion); Section is the template section key the block is placed in.
type BlockChange struct {
	Outcome  Outcome
	Section  string
	Old, New string
	// Was is the agency's own earlier text of a clashed paragraph, as the
	// draft recorded it ("" when the draft did not record it): what the
	// agency changed is Was to New, word by word.
	Was string
}

// record counts one block's outcome and keeps its texts; headings and
// source lines the draft writes itself are not the agency's blocks.
func (c *Change) record(o Outcome, e provenance.Entry, old, new string) {
	if e.Kind != "block" {
		return
	}
	switch o {
	case BlockChanged:
		c.Changed++
	case BlockInserted:
		c.Inserted++
	case BlockDeleted:
		c.Deleted++
	case BlockConflict, BlockReoffered:
		c.Conflicts++
	case BlockKept:
		c.Kept++
	}
	c.Blocks = append(c.Blocks, BlockChange{Outcome: o, Section: e.Section, Old: old, New: new})
}

// any reports whether anything was changed.
func (c *Change) any() bool {
	return c.Changed+c.Inserted+c.Deleted+c.Conflicts+c.Kept > 0
}
