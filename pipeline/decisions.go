package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// NotPartOfStatement is the Section of a decision that says a block is not
// part of the agency's statement (a covering note, a signature block). The
// block is kept, as every block is, in the appendix of text not placed in a
// section, and raises no flag.
const NotPartOfStatement model.SectionKey = "not_statement"

// Decision is one placement the reviewers chose for a block, saved in the
// workspace's decisions.yaml and applied on every later run after mapping,
// before assembly. It is keyed by the agency and the block's content
// (BlockHash), so it follows the block when a new version of the file
// arrives with the same paragraph, and stops applying when the text changes.
type Decision struct {
	Agency  string           `yaml:"agency" json:"agency"`
	Block   string           `yaml:"block" json:"block"`
	Section model.SectionKey `yaml:"section" json:"section"`
	// Text is the block's opening words, so a person reading the file (or
	// the report of a decision that no longer applies) knows which block.
	Text string `yaml:"text,omitempty" json:"text,omitempty"`
}

// DecisionOutcome is what a run did with one decision: Applied counts the
// blocks it placed; 0 means its block no longer exists in the agency's
// documents, which the run reports instead of dropping it silently.
type DecisionOutcome struct {
	Decision
	Applied int `json:"applied"`
}

type decisionsFile struct {
	Decisions []Decision `yaml:"decisions"`
}

// BlockHash is a block's content key: its kind and verbatim text.
func BlockHash(b model.Block) string {
	h := sha256.Sum256([]byte(string(b.Kind()) + "\x00" + b.PlainText()))
	return hex.EncodeToString(h[:10])
}

// Opening is the first words of a block's text, for naming it in a list.
func Opening(b model.Block) string {
	s := strings.Join(strings.Fields(b.PlainText()), " ")
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:77]) + "..."
}

// LoadDecisions reads the decisions file; a missing file is no decisions.
// A file that cannot be read or parsed is a *config.Error naming it: a run
// that quietly ignored the reviewers' decisions would undo their work.
func LoadDecisions(path string) ([]Decision, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &config.Error{File: path, Msg: "the reviewers' decisions cannot be read: " + err.Error()}
	}
	var f decisionsFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, &config.Error{File: path, Msg: "the reviewers' decisions are not valid YAML (" + err.Error() +
			"): mend the file, or remove the broken entry and make the decision again in the web app"}
	}
	for i, d := range f.Decisions {
		if d.Agency == "" || d.Block == "" || !(d.Section.Valid() || d.Section == NotPartOfStatement) {
			return nil, &config.Error{File: path, Msg: fmt.Sprintf(
				"decision %d needs an agency, a block and a section (one of the template's keys or %s)", i+1, NotPartOfStatement)}
		}
	}
	return f.Decisions, nil
}

// SaveDecision records d in the decisions file, replacing an earlier
// decision on the same block of the same agency, through a temporary file
// renamed into place so the file is never half written.
func SaveDecision(path string, d Decision) error {
	list, err := LoadDecisions(path)
	if err != nil {
		return err
	}
	replaced := false
	for i := range list {
		if list[i].Agency == d.Agency && list[i].Block == d.Block {
			list[i], replaced = d, true
		}
	}
	if !replaced {
		list = append(list, d)
	}
	var buf bytes.Buffer
	buf.WriteString("# The reviewers' placement decisions, saved by reportpipe serve and applied on\n" +
		"# every run: each block (by agency and content key) goes to the section named.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(decisionsFile{Decisions: list}); err != nil {
		return fmt.Errorf("decisions: %w", err)
	}
	return replaceFile(path, buf.Bytes())
}

// replaceFile writes data to path through a synced temporary file beside it.
func replaceFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".decisions-*.tmp")
	if err != nil {
		return fmt.Errorf("save decisions %s: %w", path, err)
	}
	_, werr := tmp.Write(data)
	serr := tmp.Sync()
	if err := errors.Join(werr, serr, tmp.Close()); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save decisions %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save decisions %s: %w", path, err)
	}
	return nil
}
