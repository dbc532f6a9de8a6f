package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// label is one block's label as the model gave it.
type label struct {
	ID         int              `json:"id"`
	Section    model.SectionKey `json:"section"`
	Confidence float64          `json:"confidence"`
}

// parseLabels reads and validates an answer: JSON in the schema's shape
// (unknown fields refused: the answer must carry no text), every asked id
// exactly once, sections from the template or unmapped, confidence in 0..1.
// The error says what was wrong, for the fallback note.
func parseLabels(content string, t *template.Template, ask map[int]bool) (map[int]label, error) {
	var ans struct {
		Labels []label `json:"labels"`
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(unfence(content))))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ans); err != nil {
		return nil, fmt.Errorf("the answer is not JSON in the requested shape (%v)", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("the answer has text after its JSON")
	}
	out := make(map[int]label, len(ans.Labels))
	for _, l := range ans.Labels {
		switch {
		case !ask[l.ID]:
			return nil, fmt.Errorf("the answer labels block %d, which was not asked for", l.ID)
		case hasID(out, l.ID):
			return nil, fmt.Errorf("the answer labels block %d more than once", l.ID)
		case !validSection(t, l.Section):
			return nil, fmt.Errorf("the answer gives block %d the unknown section %q", l.ID, l.Section)
		case l.Confidence < 0 || l.Confidence > 1:
			return nil, fmt.Errorf("the answer gives block %d a confidence of %v, outside 0 to 1", l.ID, l.Confidence)
		}
		out[l.ID] = l
	}
	if missing := missingIDs(ask, out); len(missing) > 0 {
		return nil, fmt.Errorf("the answer leaves %d of %d block(s) unlabelled (first: block %d)", len(missing), len(ask), missing[0])
	}
	return out, nil
}

func hasID(m map[int]label, id int) bool {
	_, ok := m[id]
	return ok
}

func validSection(t *template.Template, k model.SectionKey) bool {
	return k == model.SectionUnmapped || t.Section(k) != nil
}

func missingIDs(ask map[int]bool, got map[int]label) []int {
	var out []int
	for id := range ask {
		if _, ok := got[id]; !ok {
			out = append(out, id)
		}
	}
	sort.Ints(out)
	return out
}

// unfence removes one Markdown code fence around the JSON, which some local
// servers add even under a schema; anything else stays for the decoder.
func unfence(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "```") || !strings.HasSuffix(s, "```") || len(s) < 6 {
		return s
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "```"), "```")
	s = strings.TrimPrefix(s, "json")
	return strings.TrimSpace(s)
}
