package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Truth is one ground-truth file of the corpus.
type Truth struct {
	File     string  `json:"file"`
	Agency   *string `json:"agency"`
	Variant  string  `json:"variant"`
	Format   string  `json:"format"`
	Expected string  `json:"expected"`
	Reason   string  `json:"reason"`
	Title    string  `json:"title"`
	// LabelledBy is "headings", "judgement", or empty for bad inputs.
	LabelledBy string         `json:"labelled_by"`
	Headings   []TruthHeading `json:"headings"`
	Blocks     []TruthBlock   `json:"blocks"`
}

// TruthHeading is a section heading of the document; Label is nil for a
// heading that only introduces a part.
type TruthHeading struct {
	Text  string  `json:"text"`
	Label *string `json:"label"`
}

// TruthBlock is one labelled block of the truth.
type TruthBlock struct {
	Label     string     `json:"label"`
	Kind      string     `json:"kind"`
	Text      string     `json:"text"`
	List      string     `json:"list"`
	Rows      [][]string `json:"rows"`
	AltLabels []string   `json:"alt_labels"`
}

// LoadTruth reads every truth JSON under corpus/truth, sorted by file.
func LoadTruth(corpus string) ([]Truth, error) {
	paths, err := filepath.Glob(filepath.Join(corpus, "truth", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []Truth
	for _, p := range paths {
		t, err := ReadTruth(p)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// ReadTruth reads one truth JSON (the corpus's, or a fixture in its format).
func ReadTruth(path string) (Truth, error) {
	var t Truth
	data, err := os.ReadFile(path)
	if err != nil {
		return t, err
	}
	if err := json.Unmarshal(data, &t); err != nil {
		return t, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// OfFormat keeps the truths of submissions in format ("docx", "pdf", ...).
func OfFormat(ts []Truth, format string) []Truth {
	var out []Truth
	for _, t := range ts {
		if t.Format == format {
			out = append(out, t)
		}
	}
	return out
}

// AgencyName is the canonical agency, or "" when the file gives no clue.
func (t Truth) AgencyName() string {
	if t.Agency == nil {
		return ""
	}
	return *t.Agency
}

// Submission is the path of the truth's submission file.
func (t Truth) Submission(corpus string) string {
	return filepath.Join(corpus, "submissions", t.File)
}

// Good reports whether the file is one the pipeline should extract.
func (t Truth) Good() bool {
	switch t.Expected {
	case "extract", "extract_attachment", "superseded":
		return true
	}
	return false
}
