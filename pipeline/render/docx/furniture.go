package docx

// The headings of the parts a draft holds for its reviewers, as
// pipeline/publish recognises them in the reviewers' finished copy: the
// files appendix is review furniture; the unplaced appendix is text a
// reviewer should have moved into place.
const (
	FilesHeading    = filesHeading
	UnplacedHeading = unplacedHeading
	// DraftDatePrefix starts the title page's "Draft generated ..." line.
	DraftDatePrefix = "Draft generated "
	// DraftHeaderPrefix starts the page header of a draft.
	DraftHeaderPrefix = "DRAFT for review: "
)
