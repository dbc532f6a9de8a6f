package layout

// The titles of the analysis parts that are work for the reviewers, not
// findings to publish (AnalysisPart.Review and Draft): the version to
// publish leaves them out, and pipeline/publish removes them from the
// reviewers' finished copy by these titles.
const (
	PersonalDataTitle = "Before publication: possible personal data"
	DraftNotesTitle   = "Draft notes (language model)"
)
