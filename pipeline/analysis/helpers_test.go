package analysis

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// blk is one block of a fictional statement for the tests.
type blk struct {
	sec   model.SectionKey
	text  string
	table [][]string
	role  model.Role
	page  int
}

// para, bullet, heading and table make blks.
func para(sec model.SectionKey, text string) blk { return blk{sec: sec, text: text} }
func sectionHeading(sec model.SectionKey, text string) blk {
	return blk{sec: sec, text: text, role: model.RoleSectionHeading}
}
func table(sec model.SectionKey, rows ...[]string) blk { return blk{sec: sec, table: rows} }

// stmt builds a fictional statement from one document named file, with a
// title line first; blocks are indexed in order from 1.
func stmt(agency, file string, blocks ...blk) *model.Statement {
	doc := &model.Document{Source: model.Source{Path: file, Format: model.FormatDOCX}}
	s := &model.Statement{Agency: agency, AgencyKnown: true, Documents: []*model.Document{doc}}
	add := func(b model.Block, sec model.SectionKey, role model.Role) {
		doc.Blocks = append(doc.Blocks, b)
		s.Placements = append(s.Placements, model.Placement{Block: b, Section: sec, Role: role, Confidence: 1, Mapper: "test"})
	}
	add(&model.Heading{Level: 1, Text: agency}, model.SectionContext, model.RoleTitle)
	for _, b := range blocks {
		pos := model.Position{Index: len(doc.Blocks), Page: b.page}
		switch {
		case b.table != nil:
			add(&model.Table{Position: pos, Rows: b.table}, b.sec, model.RoleContent)
		case b.role == model.RoleSectionHeading || b.role == model.RoleSubHeading:
			add(&model.Heading{Position: pos, Level: 2, Text: b.text}, b.sec, b.role)
		default:
			add(&model.Paragraph{Position: pos, Text: b.text}, b.sec, model.RoleContent)
		}
	}
	return s
}

// one runs the analyses over a single paragraph in section sec.
func one(sec model.SectionKey, text string) *model.Analysis {
	return Analyse([]*model.Statement{stmt("Riverside Community Health Trust", "riverside.docx", para(sec, text))}, nil, nil, DefaultOptions())
}

// lorem returns n words of neutral filler.
func lorem(n int) string {
	words := []string{"the", "team", "worked", "with", "partners", "across", "the", "borough", "on", "this"}
	out := make([]byte, 0, n*7)
	for i := 0; i < n; i++ {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, words[i%len(words)]...)
	}
	return string(out)
}

// stmtWithLists is stmt where a blk with role "list" becomes a list item.
func stmtWithLists(agency string, blocks ...blk) *model.Statement {
	s := stmt(agency, "lists.docx", blocks...)
	for i, p := range s.Placements {
		if i > 0 && blocks[i-1].role == "list" {
			li := &model.ListItem{Position: p.Block.Pos(), Text: blocks[i-1].text}
			s.Placements[i].Block, s.Placements[i].Role = li, model.RoleContent
			s.Documents[0].Blocks[i] = li
		}
	}
	return s
}
