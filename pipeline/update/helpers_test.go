package update

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
)

// block is one fictional block of a test statement.
type block struct {
	sec  model.SectionKey
	text string
	kind string // "", "item", "ordered" or "table" (cells split by | and rows by /)
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

func renderDraft(t *testing.T, r *model.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.New(docx.Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// part returns one part of a DOCX.
func part(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return b
		}
	}
	return nil
}

// withPart returns data with part name replaced.
func withPart(t *testing.T, data []byte, name string, content []byte) []byte {
	t.Helper()
	p, err := readPkg(data)
	if err != nil {
		t.Fatal(err)
	}
	p.set(name, content)
	out, err := p.bytes()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Accepting or rejecting reportpipe's changes, done here on the XML with
// patterns of its own, so the check does not lean on the code it checks.
var (
	ourInsWrap = regexp.MustCompile(`(?s)<w:ins [^>]*w:author="reportpipe"[^>]*[^/]>(.*?)</w:ins>`)
	ourDelWrap = regexp.MustCompile(`(?s)<w:del [^>]*w:author="reportpipe"[^>]*[^/]>(.*?)</w:del>`)
	ourInsMark = regexp.MustCompile(`<w:ins [^>]*w:author="reportpipe"[^>]*/>`)
	ourDelMark = regexp.MustCompile(`<w:del [^>]*w:author="reportpipe"[^>]*/>`)
	paraRE     = regexp.MustCompile(`(?s)<w:p(?: [^>]*)?>.*?</w:p>`)
	rowRE      = regexp.MustCompile(`(?s)<w:tr(?: [^>]*)?>.*?</w:tr>`)
	tableRE    = regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`) // the drafts nest no tables
)

// resolve accepts (or rejects) every change by reportpipe: a paragraph
// whose mark is removed goes with it (update only removes whole paragraphs).
func resolve(doc []byte, accept bool) []byte {
	s := string(doc)
	keep, drop, dropMark, keepMark := ourInsWrap, ourDelWrap, ourDelMark, ourInsMark
	if !accept {
		keep, drop, dropMark, keepMark = ourDelWrap, ourInsWrap, ourInsMark, ourDelMark
	}
	gone := func(p string) string {
		if dropMark.MatchString(p) {
			return ""
		}
		return p
	}
	s = rowRE.ReplaceAllStringFunc(s, func(r string) string {
		if _, props, ok := strings.Cut(r, "<w:trPr>"); ok && dropMark.MatchString(strings.SplitN(props, "</w:trPr>", 2)[0]) {
			return ""
		}
		return r
	})
	s = tableRE.ReplaceAllStringFunc(s, func(tbl string) string {
		if !strings.Contains(tbl, "<w:tr") {
			return ""
		}
		return tbl
	})
	s = paraRE.ReplaceAllStringFunc(s, gone)
	s = drop.ReplaceAllString(s, "")
	s = keep.ReplaceAllStringFunc(s, func(m string) string {
		inner := keep.FindStringSubmatch(m)[1]
		return strings.NewReplacer("<w:delText", "<w:t", "</w:delText>", "</w:t>").Replace(inner)
	})
	s = keepMark.ReplaceAllString(s, "")
	return []byte(s)
}

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

var bookmarks = regexp.MustCompile(`<w:bookmark(Start|End) [^>]*/>`)
