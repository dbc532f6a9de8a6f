package llm

import (
	"testing"
)

// FuzzParseLabels: whatever a server answers, parseLabels either refuses it
// or returns exactly the asked ids with template sections and 0..1 confidence.
func FuzzParseLabels(f *testing.F) {
	f.Add(labelsJSON(1, 2, 3))
	f.Add(labelsJSON(1, 2))
	f.Add(labelsJSON(1, 1, 2, 3))
	f.Add("```json\n" + labelsJSON(1, 2, 3) + "\n```")
	f.Add(`{"labels":[{"id":1,"section":"x","confidence":-1}]}`)
	f.Add(`{"labels":null}`)
	f.Add(`[]`)
	tmpl := testTemplate()
	f.Fuzz(func(t *testing.T, content string) {
		ask := map[int]bool{1: true, 2: true, 3: true}
		got, err := parseLabels(content, tmpl, ask)
		if err != nil {
			return
		}
		if len(got) != len(ask) {
			t.Fatalf("%d labels for %d asked", len(got), len(ask))
		}
		for id, l := range got {
			if !ask[id] || l.ID != id || !validSection(tmpl, l.Section) || l.Confidence < 0 || l.Confidence > 1 {
				t.Fatalf("accepted label %+v", l)
			}
		}
	})
}
