package docx

import (
	"testing"
)

func tc(props, content string) string {
	if props != "" {
		props = `<w:tcPr>` + props + `</w:tcPr>`
	}
	return `<w:tc>` + props + content + `</w:tc>`
}

func cellP(text string) string { return `<w:p>` + r(text) + `</w:p>` }

func tr(cells ...string) string {
	s := `<w:tr>`
	for _, c := range cells {
		s += c
	}
	return s + `</w:tr>`
}

func tbl(rows ...string) string {
	s := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>`
	for _, row := range rows {
		s += row
	}
	return s + `</w:tbl>`
}

func TestTables(t *testing.T) {
	span2 := `<w:gridSpan w:val="2"/>`
	restart := `<w:vMerge w:val="restart"/>`
	cont := `<w:vMerge/>`
	runRules(t, []ruleCase{
		{"plain table",
			tbl(tr(tc("", cellP("Team")), tc("", cellP("Staff"))), tr(tc("", cellP("North")), tc("", cellP("12")))),
			"0 table rows=2 cols=2 \"Team\\tStaff\\nNorth\\t12\"\n"},
		{"gridSpan keeps the text once and the grid shape",
			tbl(tr(tc(span2, cellP("Trained staff")), tc("", cellP("Total"))),
				tr(tc("", cellP("No")), tc("", cellP("%")), tc("", cellP("40")))),
			"0 table rows=2 cols=3 \"Trained staff\\t\\tTotal\\nNo\\t%\\t40\"\n"},
		{"vMerge continuation is empty, not a copy",
			tbl(tr(tc(restart, cellP("Level 3")), tc("", cellP("184"))),
				tr(tc(cont, `<w:p/>`), tc("", cellP("155")))),
			"0 table rows=2 cols=2 \"Level 3\\t184\\n\\t155\"\n"},
		{"merged both ways",
			tbl(tr(tc(span2+restart, cellP("Core courses")), tc("", cellP("A"))),
				tr(tc(span2+cont, `<w:p/>`), tc("", cellP("B")))),
			"0 table rows=2 cols=3 \"Core courses\\t\\tA\\n\\t\\tB\"\n"},
		{"cell paragraphs joined by newline, empty ones dropped",
			tbl(tr(tc("", cellP("First line")+`<w:p/>`+cellP("Second line")))),
			"0 table rows=1 cols=1 \"First line\\nSecond line\"\n"},
		{"nested table flattened into the cell",
			tbl(tr(tc("", cellP("Outer")+tbl(tr(tc("", cellP("In A")), tc("", cellP("In B"))))+`<w:p/>`), tc("", cellP("Next")))),
			"0 table rows=1 cols=2 \"Outer\\nIn A\\nIn B\\tNext\"\n"},
		{"gridBefore and gridAfter keep columns",
			tbl(tr(`<w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>`, tc("", cellP("Middle")))),
			"0 table rows=1 cols=3 \"\\tMiddle\\t\"\n"},
		{"deleted row dropped",
			tbl(tr(tc("", cellP("Kept row"))), tr(`<w:trPr><w:del w:id="1" w:author="A"/></w:trPr>`, tc("", cellP("Gone row")))),
			"0 table rows=1 cols=1 \"Kept row\"\n"},
		{"empty cells kept",
			tbl(tr(tc("", `<w:p/>`), tc("", cellP("Total Target")), tc("", `<w:p/>`))),
			"0 table rows=1 cols=3 \"\\tTotal Target\\t\"\n"},
		{"table with no text gives no block",
			tbl(tr(tc("", `<w:p/>`))) + `<w:p>` + r("After.") + `</w:p>`,
			"0 paragraph \"After.\"\n"},
		{"hostile gridSpan bounded",
			tbl(tr(tc(`<w:gridSpan w:val="999999999"/>`, cellP("Wide")))),
			"0 table rows=1 cols=64 \"Wide" + repeatTab(63) + "\"\n"},
		{"blocks around a table keep reading order",
			`<w:p>` + r("Before.") + `</w:p>` + tbl(tr(tc("", cellP("Cell")))) + `<w:p>` + r("After.") + `</w:p>`,
			"0 paragraph \"Before.\"\n1 table rows=1 cols=1 \"Cell\"\n2 paragraph \"After.\"\n"},
	})
}

func repeatTab(n int) string {
	s := ""
	for range n {
		s += `\t`
	}
	return s
}
