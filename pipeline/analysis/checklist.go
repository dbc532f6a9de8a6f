package analysis

// ChecklistEntry is one item of the yearly report's expected content: a
// key, the title shown, and the wordings whose presence in a sentence meets
// it (whole words, any case, as for themes).
type ChecklistEntry struct {
	Key      string
	Title    string
	Wordings []string
}
