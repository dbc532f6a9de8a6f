package analysis

import (
	"encoding/json"
	"reflect"
	"regexp"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement from two documents cites each block with its own file.
func TestCitationsNameTheirDocument(t *testing.T) {
	s := stmt("Riverside Community Health Trust", "statement.docx", para(act, "FGM training was delivered."))
	second := &model.Document{Source: model.Source{Path: "inspection-summary.pdf", Format: model.FormatPDF}}
	b := &model.Paragraph{Position: model.Position{Index: 0, Page: 2}, Text: "FGM was discussed at the Ofsted inspection."}
	second.Blocks = append(second.Blocks, b)
	s.Documents = append(s.Documents, second)
	s.Placements = append(s.Placements, model.Placement{Block: b, Section: ins})
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	fgm := themeByKey(t, a, "fgm").Agencies[0]
	want := []model.Citation{
		{Agency: "Riverside Community Health Trust", Section: act, File: "statement.docx", Index: 1},
		{Agency: "Riverside Community Health Trust", Section: ins, File: "inspection-summary.pdf", Page: 2, Index: 0},
	}
	if !reflect.DeepEqual(fgm.Citations, want) {
		t.Errorf("citations %+v\nwant %+v", fgm.Citations, want)
	}
	if !reflect.DeepEqual(fgm.Sections, []model.SectionKey{ins, act}) {
		t.Errorf("sections %v, want template order", fgm.Sections)
	}
	if got := a.Completeness.Rows[0].Files; !reflect.DeepEqual(got, []string{"statement.docx", "inspection-summary.pdf"}) {
		t.Errorf("files %v", got)
	}
}

func sampleStatements() []*model.Statement {
	return []*model.Statement{
		stmt("Riverside Community Health Trust", "r.docx", para(ctx, lorem(50)),
			para(act, "Level 3 compliance is 82%. Our CSE lead, on 01632 960123, trained staff."),
			table(act, []string{"Course", "%"}, []string{"Level 1", "96%"}),
			para(out, "No data is available."), para(dev, "Embed Early Help and the voice of the child.")),
		stmt("Northgate Police Division", "n.pdf", para(ctx, "Northgate covers the borough."), para(dev, "Improve Early Help referrals.")),
	}
}

// The same statements give the same analysis, and the analysis never
// changes a statement.
func TestAnalyseDeterministicAndReadOnly(t *testing.T) {
	stmts := sampleStatements()
	before, _ := json.Marshal(textsOf(stmts))
	a1, _ := json.Marshal(Analyse(stmts, nil, nil, DefaultOptions()))
	a2, _ := json.Marshal(Analyse(sampleStatements(), nil, nil, DefaultOptions()))
	if string(a1) != string(a2) {
		t.Errorf("two runs differ:\n%s\n%s", a1, a2)
	}
	if after, _ := json.Marshal(textsOf(stmts)); string(after) != string(before) {
		t.Errorf("statement text changed")
	}
}

func textsOf(stmts []*model.Statement) []string {
	var out []string
	for _, s := range stmts {
		for _, p := range s.Placements {
			out = append(out, string(p.Section)+":"+p.Block.PlainText())
		}
	}
	return out
}

// JSON keys are snake_case, and every list is a list (never null), so the
// JSON renderer and the review page can rely on them.
func TestAnalysisJSON(t *testing.T) {
	a := Analyse(sampleStatements(), nil, nil, DefaultOptions())
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"completeness"`, `"lacking_required"`, `"not_submitted"`, `"development_agencies"`,
		`"training_target":90`, `"below_target":true`, `"impact"`, `"reason":"no_data"`, `"publication"`, `"kind":"phone"`, `"citations"`} {
		if !regexp.MustCompile(regexp.QuoteMeta(key)).Match(data) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	if regexp.MustCompile(`"[a-z_]*[A-Z][A-Za-z]*":`).Match(data) {
		t.Errorf("JSON has a key that is not snake_case: %s", data)
	}
	empty, _ := json.Marshal(Analyse(nil, nil, nil, DefaultOptions()))
	if regexp.MustCompile(`:null`).Match(empty) {
		t.Errorf("an empty analysis has null lists: %s", empty)
	}
}
