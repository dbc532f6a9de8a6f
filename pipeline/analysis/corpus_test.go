package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// truthFile is the part of a corpus ground-truth JSON the tests read.
type truthFile struct {
	File     string  `json:"file"`
	Agency   *string `json:"agency"`
	Variant  string  `json:"variant"`
	Title    string  `json:"title"`
	Headings []struct {
		Text  string  `json:"text"`
		Label *string `json:"label"`
	} `json:"headings"`
	Blocks []truthBlock `json:"blocks"`
}

type truthBlock struct {
	Label string     `json:"label"`
	Kind  string     `json:"kind"`
	Text  string     `json:"text"`
	List  string     `json:"list"`
	Rows  [][]string `json:"rows"`
}

// corpusTruth reads the truth of every styled submission, one per agency.
func corpusTruth(tb testing.TB) []truthFile {
	tb.Helper()
	dir := testutil.CorpusDir(tb)
	paths, err := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []truthFile
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var tf truthFile
		if err := json.Unmarshal(data, &tf); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		if tf.Variant == "styled" && tf.Agency != nil {
			out = append(out, tf)
		}
	}
	if len(out) == 0 {
		tb.Fatalf("no styled truth files in %s", dir)
	}
	return out
}

// truthStatement builds the Statement a perfect extract and map would give:
// the title, each section heading before its first block, and every block
// placed under its truth label.
func truthStatement(tf truthFile) *model.Statement {
	doc := &model.Document{Source: model.Source{Path: tf.File, Format: model.FormatDOCX}}
	s := &model.Statement{Agency: *tf.Agency, AgencyKnown: true, Documents: []*model.Document{doc}}
	place := func(b model.Block, k model.SectionKey, role model.Role) {
		doc.Blocks = append(doc.Blocks, b)
		s.Placements = append(s.Placements, model.Placement{Block: b, Section: k, Role: role, Confidence: 1, Mapper: "truth"})
	}
	place(&model.Heading{Position: model.Position{Index: 0}, Level: 1, Text: tf.Title}, model.SectionContext, model.RoleTitle)
	next, current := 0, ""
	for _, b := range tf.Blocks {
		if b.Label != current && next < len(tf.Headings) {
			if h := tf.Headings[next]; h.Label != nil && *h.Label == b.Label {
				place(&model.Heading{Position: model.Position{Index: len(doc.Blocks)}, Level: 2, Text: h.Text}, model.SectionKey(b.Label), model.RoleSectionHeading)
				next++
			}
		}
		current = b.Label
		place(truthBlockModel(b, len(doc.Blocks)), model.SectionKey(b.Label), model.RoleContent)
	}
	return s
}

func truthBlockModel(b truthBlock, index int) model.Block {
	pos := model.Position{Index: index}
	switch b.Kind {
	case "bullet":
		return &model.ListItem{Position: pos, Text: b.Text, Ordered: b.List == "ordered"}
	case "table":
		return &model.Table{Position: pos, Rows: b.Rows}
	default:
		return &model.Paragraph{Position: pos, Text: b.Text}
	}
}

func corpusStatements(tb testing.TB) ([]*model.Statement, []truthFile) {
	truth := corpusTruth(tb)
	stmts := make([]*model.Statement, len(truth))
	for i, tf := range truth {
		stmts[i] = truthStatement(tf)
	}
	return stmts, truth
}

func TestCorpusDump(t *testing.T) {
	stmts, _ := corpusStatements(t)
	a := Analyse(stmts, nil, nil, DefaultOptions())
	out, _ := json.MarshalIndent(a, "", " ")
	os.WriteFile("/tmp/analysis_dump.json", out, 0o644)
}
