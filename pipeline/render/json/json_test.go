package json

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

func encode(t *testing.T, r *model.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (Renderer{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestShape reads the output as plain JSON and checks the field names the
// issue fixes, so a renamed struct tag fails here.
func TestShape(t *testing.T) {
	var doc map[string]any
	if err := stdjson.Unmarshal(encode(t, fixture.Small()), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"report", "statements", "missing", "superseded", "rejected", "analysis"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("top level lacks %q", k)
		}
	}
	rep := doc["report"].(map[string]any)
	if rep["board"] != "Northvale Safeguarding Children Board" || rep["generated_at"] != "2026-11-26T09:30:00Z" ||
		rep["title"] != "Annual Report" || rep["period"] != "2025-26" {
		t.Errorf("report = %v", rep)
	}
	st := doc["statements"].([]any)[0].(map[string]any)
	hasKeys(t, "statement", st, "agency", "number", "sources", "sections", "flags")
	hasKeys(t, "source", st["sources"].([]any)[0].(map[string]any), "file", "format", "sha256", "received")
	sec := st["sections"].([]any)[1].(map[string]any)
	hasKeys(t, "section", sec, "key", "title", "blocks")
	blk := sec["blocks"].([]any)[1].(map[string]any)
	hasKeys(t, "block", blk, "kind", "text", "confidence", "source", "role", "mapper", "evidence")
	hasKeys(t, "block source", blk["source"].(map[string]any), "file", "index")
	hasKeys(t, "superseded", doc["superseded"].([]any)[0].(map[string]any), "file", "agency", "by")
	hasKeys(t, "rejected", doc["rejected"].([]any)[0].(map[string]any), "file", "reason")
	if m := doc["missing"].([]any); len(m) != 1 || m[0] != "Westmoor Borough Police" {
		t.Errorf("missing = %v", m)
	}
}

func hasKeys(t *testing.T, what string, m map[string]any, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks %q: %v", what, k, m)
		}
	}
}

// TestConservation: every block of every statement appears exactly once,
// with its verbatim text, at its source file and index.
func TestConservation(t *testing.T) {
	for _, r := range []*model.Report{fixture.Small(), fixture.Synthetic(5)} {
		var doc Document
		if err := stdjson.Unmarshal(encode(t, r), &doc); err != nil {
			t.Fatal(err)
		}
		for i, s := range r.Statements {
			seen := map[string]string{}
			count := map[string]int{}
			for _, sec := range doc.Statements[i].Sections {
				for _, b := range sec.Blocks {
					k := fmt.Sprint(b.Source.File, "#", b.Source.Index)
					seen[k] = b.Text
					count[k]++
				}
			}
			for _, p := range s.Placements {
				k := fmt.Sprint(s.Documents[0].Source.Path, "#", p.Block.Pos().Index)
				if count[k] != 1 || seen[k] != p.Block.PlainText() {
					t.Errorf("%s block %s: %d times, text %q, want once as %q", s.Agency, k, count[k], seen[k], p.Block.PlainText())
				}
			}
		}
	}
}

func TestSectionsInTemplateOrderThenUnmapped(t *testing.T) {
	doc := Build(fixture.Small())
	var keys []model.SectionKey
	for _, s := range doc.Statements[1].Sections {
		keys = append(keys, s.Key)
	}
	want := append(slices.Clone(model.TemplateOrder), model.SectionUnmapped)
	if !slices.Equal(keys, want) {
		t.Errorf("sections %v, want %v", keys, want)
	}
	var riverside []model.SectionKey
	for _, s := range doc.Statements[0].Sections {
		riverside = append(riverside, s.Key)
	}
	if slices.Contains(riverside, model.SectionUnmapped) {
		t.Error("an unmapped section for a statement with no unmapped block")
	}
}

func TestHeadingRolesReportKindHeading(t *testing.T) {
	doc := Build(fixture.Small())
	kinds := map[string]model.Kind{}
	for _, st := range doc.Statements {
		for _, sec := range st.Sections {
			for _, b := range sec.Blocks {
				kinds[b.Text] = b.Kind
			}
		}
	}
	for text, want := range map[string]model.Kind{
		"Working with schools": model.KindHeading, // a paragraph used as a sub-heading
		"Training":             model.KindHeading,
		"Opened a drop-in clinic for young carers":                                                model.KindListItem,
		"Measure\t2024-25\t2025-26\nReferrals | made\t210\t245\nStrategy meetings attended\t88\t": model.KindTable,
	} {
		if kinds[text] != want {
			t.Errorf("%q has kind %q, want %q", text, kinds[text], want)
		}
	}
}

func TestEmptyListsAreArrays(t *testing.T) {
	out := encode(t, &model.Report{Meta: fixture.Meta()})
	for _, want := range []string{`"statements": []`, `"missing": []`, `"superseded": []`, `"rejected": []`, `"analysis": {`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
}

// The streamed output is exactly what encoding the whole Document gives.
func TestStreamedEqualsWhole(t *testing.T) {
	for _, r := range []*model.Report{fixture.Small(), fixture.Synthetic(3), {Meta: fixture.Meta()}, withNotes(), withAwaited()} {
		var whole bytes.Buffer
		enc := stdjson.NewEncoder(&whole)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(Build(r)); err != nil {
			t.Fatal(err)
		}
		if got := encode(t, r); !bytes.Equal(got, whole.Bytes()) {
			t.Errorf("streamed JSON differs from the whole encoding:\n%s\nwant\n%s", got, whole.Bytes())
		}
	}
}

func withAwaited() *model.Report {
	r := fixture.Small()
	r.Awaited = []model.Awaited{{Agency: "Westmoor Borough Police", Number: "7.3"}}
	return r
}

// An awaited agency is in the JSON with the number it keeps.
func TestAwaitedKeepsItsNumber(t *testing.T) {
	if got := string(encode(t, withAwaited())); !strings.Contains(got, `"awaited": [
    {
      "agency": "Westmoor Borough Police",
      "number": "7.3"
    }
  ],`) {
		t.Errorf("JSON lacks the awaited agency:\n%s", got)
	}
	if strings.Contains(string(encode(t, fixture.Small())), `"awaited"`) {
		t.Error("a report with nothing awaited writes an awaited list")
	}
}

func withNotes() *model.Report {
	r := fixture.Small()
	r.Notes = []string{"2 blocks were sent to the language model"}
	return r
}
