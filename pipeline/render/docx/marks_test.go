package docx

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// TestDraftRecordsItsProvenance checks the draft carries its record as a
// related custom XML part, and that every recorded entry's bookmark is in
// the body exactly once.
func TestDraftRecordsItsProvenance(t *testing.T) {
	r := fixture.Small()
	parts := unzip(t, render(t, r))
	m, err := provenance.Parse(parts["customXml/item1.xml"])
	if err != nil {
		t.Fatalf("no provenance record: %v", err)
	}
	if len(m.Statements) != len(r.Statements) {
		t.Fatalf("record holds %d statements, the report %d", len(m.Statements), len(r.Statements))
	}
	if !strings.Contains(string(parts["word/_rels/document.xml.rels"]), `Target="../customXml/item1.xml"`) {
		t.Error("document.xml does not relate the custom XML part, so Word would drop it")
	}
	body := string(parts["word/document.xml"])
	blocks := 0
	for i, st := range m.Statements {
		if st.Agency != r.Statements[i].Agency || len(st.Sources) == 0 || st.Sources[0].SHA256 == "" {
			t.Errorf("statement %d recorded as %+v", i, st)
		}
		for _, e := range st.Entries {
			if n := strings.Count(body, `w:name="`+e.ID+`"`); n != 1 {
				t.Errorf("bookmark %s is in the body %d times", e.ID, n)
			}
			if e.Kind == provenance.KindBlock {
				blocks++
			}
		}
	}
	if blocks == 0 {
		t.Error("no agency block was recorded")
	}
}
