package score

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
)

// Truth is one ground-truth file of the corpus.
type Truth struct {
	File     string       `json:"file"`
	Agency   *string      `json:"agency"`
	Variant  string       `json:"variant"`
	Format   string       `json:"format"`
	Expected string       `json:"expected"`
	Reason   string       `json:"reason"`
	Title    string       `json:"title"`
	Blocks   []TruthBlock `json:"blocks"`
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
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var t Truth
		if err := json.Unmarshal(data, &t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
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
