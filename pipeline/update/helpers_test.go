package update

import (
	"bytes"
	"regexp"
	"strings"
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
	kind string  // "", "item", "ordered" or "table" (cells split by | and rows by /)
	conf float64 // mapping's confidence; 0 means 0.95
}

// statement builds a fictional statement from one file.
func statement(agency, file, sha string, blocks ...block) *model.Statement {
	doc := &model.Document{Source: model.Source{Path: file, Format: model.FormatDOCX, SHA256: sha, Received: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}}
	st := &model.Statement{Agency: agency, AgencyKnown: true, Documents: []*model.Document{doc}}
	for i, b := range blocks {
		var mb model.Block
		switch b.kind {
		case "item", "ordered":
			mb = &model.ListItem{Position: model.Position{Index: i}, Text: b.text, Ordered: b.kind == "ordered"}
		case "table":
			var rows [][]string
			for _, r := range strings.Split(b.text, "/") {
				rows = append(rows, strings.Split(r, "|"))
			}
			mb = &model.Table{Position: model.Position{Index: i}, Rows: rows}
		default:
			mb = &model.Paragraph{Position: model.Position{Index: i}, Text: b.text}
		}
		doc.Blocks = append(doc.Blocks, mb)
		conf := b.conf
		if conf == 0 {
			conf = 0.95
		}
		st.Placements = append(st.Placements, model.Placement{Block: mb, Section: b.sec, Confidence: conf, Mapper: "rules"})
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

// withPart returns data with part name replaced.
func withPart(t testing.TB, data []byte, name string, content []byte) []byte {
	t.Helper()
	p, err := readPkg(data)
	if err != nil {
		t.Fatal(err)
	}
	p.Set(name, content)
	out, err := p.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// resolve accepts (or rejects) every change by reportpipe.
func resolve(doc []byte, accept bool) []byte { return testutil.ResolveChanges(doc, Author, accept) }

// texts are the body's blocks as text, paragraph by paragraph.
func texts(t *testing.T, doc []byte) []string {
	t.Helper()
	b, err := readBody(doc)
	if err != nil {
		t.Fatalf("document.xml does not read: %v", err)
	}
	var out []string
	for _, k := range b.kids {
		out = append(out, b.x.text(k))
	}
	return out
}

// afterContents drops the contents' lines: from "Contents" to the first
// empty paragraph after it.
func afterContents(texts []string) []string {
	for i, t := range texts {
		if t != "Contents" {
			continue
		}
		for j := i + 1; j < len(texts); j++ {
			if texts[j] == "" {
				return append(append([]string(nil), texts[:i]...), texts[j:]...)
			}
		}
	}
	return texts
}

var bookmarks = regexp.MustCompile(`<w:bookmark(Start|End) [^>]*/>`)

// ourInsWrapRE finds a w:ins wrapper by reportpipe.
var ourInsWrapRE = regexp.MustCompile(`<w:ins [^>]*w:author="reportpipe"[^>]*[^/]>`)

// apply renders current as the DOCX renderer does for a run and updates
// edited with it, as the pipeline's Update does.
func apply(edited []byte, current *model.Report, opts Options) (*Result, error) {
	var buf bytes.Buffer
	if err := docx.New(docx.Options{}).Render(&buf, current); err != nil {
		return nil, err
	}
	return Apply(edited, buf.Bytes(), opts)
}
