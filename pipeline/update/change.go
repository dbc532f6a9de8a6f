package update

// Status says what happened to one agency's statement.
type Status string

// The statuses.
const (
	Unchanged  Status = "unchanged"
	NewVersion Status = "new version"
	Arrived    Status = "new statement"
	Withdrawn  Status = "withdrawn"
)

// Change is what update did for one agency, for the summary it prints.
// The counts are of the agency's own paragraphs, list items and tables
// (headings and source lines the draft writes are not counted).
type Change struct {
	Agency string
	Status Status
	// Changed were edited word by word (or replaced whole, for a table);
	// Inserted and Deleted are whole blocks.
	Changed, Inserted, Deleted int
	// Conflicts are blocks a reviewer had edited and the agency changed
	// too: the agency's version was inserted after the reviewer's, with a
	// comment.
	Conflicts int
	// Kept are blocks the agency removed but a reviewer had edited: they
	// stay, with a comment.
	Kept int
}

// counts adds one block's outcome.
func (c *Change) count(kind string, f *int) {
	if kind == "block" {
		*f++
	}
}

// any reports whether anything was changed.
func (c *Change) any() bool {
	return c.Changed+c.Inserted+c.Deleted+c.Conflicts+c.Kept > 0
}
