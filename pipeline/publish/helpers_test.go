package publish

import (
	"bytes"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
)

// block is one fictional block of a test statement.
type block struct {
	sec  model.SectionKey
	text string
	kind string // "", "item" or "table" (cells split by | and rows by /)
}

// statement builds a fictional statement from one file.
func statement(agency, file string, blocks ...block) *model.Statement {
	doc := &model.Document{Source: model.Source{Path: file, Format: model.FormatDOCX, SHA256: "sha-" + file, Received: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}}
	st := &model.Statement{Agency: agency, AgencyKnown: true, Documents: []*model.Document{doc}}
	for i, b := range blocks {
		var mb model.Block
		switch b.kind {
		case "item":
			mb = &model.ListItem{Position: model.Position{Index: i}, Text: b.text}
		case "table":
			var rows [][]string
			for _, r := range bytes.Split([]byte(b.text), []byte("/")) {
				var cells []string
				for _, c := range bytes.Split(r, []byte("|")) {
					cells = append(cells, string(c))
				}
				rows = append(rows, cells)
			}
			mb = &model.Table{Position: model.Position{Index: i}, Rows: rows}
		default:
			mb = &model.Paragraph{Position: model.Position{Index: i}, Text: b.text}
		}
		doc.Blocks = append(doc.Blocks, mb)
		st.Placements = append(st.Placements, model.Placement{Block: mb, Section: b.sec, Confidence: 0.95, Mapper: "rules"})
	}
	return st
}

// report numbers the statements in order, as assemble does.
func report(sts ...*model.Statement) *model.Report {
	for i, s := range sts {
		s.Number = "7." + string(rune('1'+i))
	}
	return &model.Report{
		Meta: model.ReportMeta{Board: "Millbrook LSCB", Title: "Annual Report", Period: "2025-26",
			GeneratedAt: time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC), StatementsNumber: "7", StatementsTitle: "Partner Agency Annual Statements"},
		Statements: sts,
	}
}

func renderDraft(t testing.TB, r *model.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.New(docx.Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// part returns one part of a DOCX.
func part(t testing.TB, data []byte, name string) []byte {
	t.Helper()
	b, _ := testutil.ZipPart(t, data, name)
	return b
}

// convert saves data through LibreOffice (testutil.OfficeConvert).
func convert(t testing.TB, data []byte, format string) []byte {
	t.Helper()
	return testutil.OfficeConvert(t, data, format)
}
