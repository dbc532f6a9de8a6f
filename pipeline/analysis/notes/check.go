package notes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// answerNote is one note as the model gave it.
type answerNote struct {
	Text     string   `json:"text"`
	Agencies []string `json:"agencies"`
	Facts    []string `json:"facts"`
}

// parseAnswer reads the answer's notes; an answer that is not JSON in the
// schema's shape is an error (no note is kept from it).
func parseAnswer(content string) ([]answerNote, error) {
	var ans struct {
		Notes []answerNote `json:"notes"`
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(strings.TrimSpace(content))))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ans); err != nil {
		return nil, fmt.Errorf("the answer is not JSON in the requested shape (%v)", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("the answer has text after its JSON")
	}
	return ans.Notes, nil
}

// checker holds what a note may cite.
type checker struct {
	agencies map[string]string // folded name → statement's spelling
	facts    map[string]fact
	blocks   map[blockKey]string // the statements' block texts
}

// check turns a note into a DraftNote or says why it is dropped: it must
// cite at least one agency and one fact, every agency must be a statement's
// and the subject of a cited fact, every fact must exist, and every
// sentence's figures and key terms must be in its sources: the cited facts
// about the named agencies and the blocks they cite (see sources.checkText).
func (c checker) check(n answerNote) (model.DraftNote, error) {
	text := strings.Join(strings.Fields(n.Text), " ")
	switch {
	case text == "":
		return model.DraftNote{}, fmt.Errorf("it is empty")
	case len(text) > maxNoteChars:
		return model.DraftNote{}, fmt.Errorf("it is longer than %d characters", maxNoteChars)
	case len(n.Agencies) == 0 || len(n.Facts) == 0:
		return model.DraftNote{}, fmt.Errorf("it cites no agency or no fact")
	}
	cited, err := c.citedFacts(n.Facts)
	if err != nil {
		return model.DraftNote{}, err
	}
	names, err := c.citedAgencies(n.Agencies, cited)
	if err != nil {
		return model.DraftNote{}, err
	}
	if err := newSources(sourceTexts(cited, names, c.blocks)).checkText(text); err != nil {
		return model.DraftNote{}, err
	}
	return model.DraftNote{Text: text, Agencies: names, Citations: citations(cited, names)}, nil
}

func (c checker) citedFacts(ids []string) ([]fact, error) {
	var out []fact
	for _, id := range ids {
		f, ok := c.facts[id]
		if !ok {
			return nil, fmt.Errorf("it cites the unknown fact %q", id)
		}
		if !slices.ContainsFunc(out, func(g fact) bool { return g.ID == id }) {
			out = append(out, f)
		}
	}
	return out, nil
}

func (c checker) citedAgencies(names []string, cited []fact) ([]string, error) {
	var out []string
	for _, n := range names {
		name, ok := c.agencies[fold(n)]
		if !ok {
			return nil, fmt.Errorf("it cites %q, which sent no statement", n)
		}
		if !slices.ContainsFunc(cited, func(f fact) bool { return f.Agency == name }) {
			return nil, fmt.Errorf("it names %q but cites no fact about it", name)
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out, nil
}

// citations gathers the cited facts' citations for the named agencies,
// without repeats.
func citations(cited []fact, names []string) []model.Citation {
	var out []model.Citation
	for _, f := range cited {
		if !slices.Contains(names, f.Agency) {
			continue
		}
		for _, c := range f.Citations {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
