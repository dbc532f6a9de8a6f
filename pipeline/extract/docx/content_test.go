package docx

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
)

func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// fld is a complex field: instruction, then its shown result.
func fld(instr, shown string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + instr +
		`</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + shown +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

func textBox(text string) string {
	box := `<w:txbxContent><w:p>` + r(text) + `</w:p></w:txbxContent>`
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>` +
		box + `</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox>` + box + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

func TestTrackedChanges(t *testing.T) {
	runRules(t, []ruleCase{
		{"insertions kept, deletions dropped",
			`<w:p>` + r("Kept ") + `<w:ins w:id="1" w:author="A">` + r("added") + `</w:ins>` +
				`<w:del w:id="2" w:author="A"><w:r><w:delText>removed</w:delText></w:r></w:del>` +
				`<w:moveFrom w:id="3">` + r(" from old place") + `</w:moveFrom>` +
				`<w:moveTo w:id="4">` + r(" moved here") + `</w:moveTo></w:p>`,
			`0 paragraph "Kept added moved here"` + "\n"},
		{"deleted paragraph mark joins with the next paragraph",
			`<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="A"/></w:rPr></w:pPr>` + r("Our work with ") + `</w:p>` +
				`<w:p><w:pPr>` + pst("Titre2") + `</w:pPr>` + r("schools") + `</w:p><w:p>` + r("Next.") + `</w:p>`,
			"0 heading level=2 \"Our work with schools\"\n1 paragraph \"Next.\"\n"},
		{"deleted mark before a table stands alone",
			`<w:p><w:pPr><w:rPr><w:del w:id="8" w:author="A"/></w:rPr></w:pPr>` + r("Before table.") + `</w:p>` +
				tbl(tr(tc("", cellP("Cell")))),
			"0 paragraph \"Before table.\"\n1 table rows=1 cols=1 \"Cell\"\n"},
		{"deleted mark does not join across a cell",
			tbl(tr(tc("", `<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr>`+r("Cell end")+`</w:p>`))) + `<w:p>` + r("Body.") + `</w:p>`,
			"0 table rows=1 cols=1 \"Cell end\"\n1 paragraph \"Body.\"\n"},
		{"deleted mark at the end of the body",
			`<w:p>` + r("First.") + `</w:p><w:p><w:pPr><w:rPr><w:del w:id="10" w:author="A"/></w:rPr></w:pPr>` + r("Last words.") + `</w:p>`,
			"0 paragraph \"First.\"\n1 paragraph \"Last words.\"\n"},
		{"deleted paragraph content at block level",
			`<w:ins w:id="5"><w:p>` + r("Inserted block") + `</w:p></w:ins><w:del w:id="6"><w:p>` + r("Deleted block") + `</w:p></w:del>`,
			`0 paragraph "Inserted block"` + "\n"},
	})
}

func TestTextBoxesAndControls(t *testing.T) {
	runRules(t, []ruleCase{
		{"text box read once from mc:Choice",
			`<w:p>` + r("Before the box.") + textBox("Inside the box.") + `</w:p>` + `<w:p>` + r("After the box.") + `</w:p>`,
			"0 paragraph \"Before the box.\"\n1 paragraph \"Inside the box.\"\n2 paragraph \"After the box.\"\n"},
		{"fallback used when there is no choice",
			`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p>` + r("Only fallback.") +
				`</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			"0 paragraph \"Only fallback.\"\n"},
		{"block content control kept",
			`<w:sdt><w:sdtPr><w:alias w:val="Agency"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent><w:p>` +
				r("Controlled text.") + `</w:p></w:sdtContent></w:sdt>`,
			"0 paragraph \"Controlled text.\"\n"},
		{"inline content control kept",
			`<w:p>` + r("Name: ") + `<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>` + r("Lakeside Clinic") + `</w:sdtContent></w:sdt></w:p>`,
			"0 paragraph \"Name: Lakeside Clinic\"\n"},
		{"custom xml and smart tags walked through",
			`<w:customXml w:element="x"><w:p><w:smartTag w:element="place">` + r("Brookfield") + `</w:smartTag></w:p></w:customXml>`,
			"0 paragraph \"Brookfield\"\n"},
	})
}

func TestFieldsAndLinks(t *testing.T) {
	runRules(t, []ruleCase{
		{"complex field shows its result",
			`<w:p>` + r("See ") + fld(` HYPERLINK "http://example.invalid/report" `, r("the full report")) + r(" online.") + `</w:p>`,
			"0 paragraph \"See the full report online.\"\n"},
		{"nested field",
			`<w:p>` + r("Page ") + fld(` IF 1 = 1 "`+`" `, fld(" PAGE ", r("4"))) + `</w:p>`,
			"0 paragraph \"Page 4\"\n"},
		{"field result spans paragraphs",
			`<w:p>` + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				r("Contents line one") + `</w:p><w:p>` + r("Contents line two") + `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p><w:p>` + r("Body after.") + `</w:p>`,
			"0 paragraph \"Contents line one\"\n1 paragraph \"Contents line two\"\n2 paragraph \"Body after.\"\n"},
		{"unterminated instruction does not hide later paragraphs",
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> BROKEN </w:instrText></w:r></w:p><w:p>` + r("Still here.") + `</w:p>`,
			"0 paragraph \"Still here.\"\n"},
		{"simple field runs kept",
			`<w:p>` + r("Total: ") + `<w:fldSimple w:instr=" =SUM(ABOVE) ">` + r("312") + `</w:fldSimple></w:p>`,
			"0 paragraph \"Total: 312\"\n"},
		{"hyperlink text kept",
			`<w:p>` + r("Guidance can be found ") + `<w:hyperlink r:id="rId9">` + r("here") + `</w:hyperlink>` + r(".") + `</w:p>`,
			"0 paragraph \"Guidance can be found here.\"\n"},
	})
}

func TestRunText(t *testing.T) {
	runRules(t, []ruleCase{
		{"tabs breaks and hyphens",
			`<w:p><w:r><w:t>Col A</w:t><w:tab/><w:t>Col B</w:t><w:br/><w:t>Next</w:t><w:cr/><w:t>line co</w:t><w:softHyphen/><w:t>operation non</w:t><w:noBreakHyphen/><w:t>stop</w:t></w:r></w:p>`,
			"0 paragraph \"Col A\\tCol B\\nNext\\nline cooperation non-stop\"\n"},
		{"text kept verbatim inside, trimmed at the ends",
			`<w:p>` + r("  Two  spaces  kept   ") + `</w:p>`,
			"0 paragraph \"Two  spaces  kept\"\n"},
		{"empty paragraphs give no block",
			`<w:p/><w:p><w:pPr>` + pst("berschrift1") + `</w:pPr></w:p><w:p>` + r("   ") + `</w:p><w:p>` + r("Only this.") + `</w:p><w:p><w:r><w:br/></w:r></w:p>`,
			"0 paragraph \"Only this.\"\n"},
		{"typographic characters kept",
			`<w:p>` + r("“Safe at home” – the children’s view £5") + `</w:p>`,
			"0 paragraph \"“Safe at home” – the children’s view £5\"\n"},
	})
}

func TestEquationText(t *testing.T) {
	runRules(t, []ruleCase{
		{"equation text kept in the paragraph",
			`<w:p>` + r("Rate: ") + `<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><w:rPr><w:b/></w:rPr><m:t>12/40</m:t></m:r></m:oMath></w:p>`,
			"0 paragraph \"Rate: 12/40\"\n"},
	})
}

func TestWarnings(t *testing.T) {
	picture := `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
	body := `<w:p>` + r("Chart below.") + picture + `</w:p><w:altChunk r:id="rId7"/>` + `<w:p>` + textBox("Boxed, not a picture.") + `</w:p>`
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), docxOf(t, body))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 picture(s)", "1 part(s) of the statement are embedded"}
	if len(doc.Warnings) != len(want) {
		t.Fatalf("warnings %q: want %d", doc.Warnings, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(doc.Warnings[i], w) {
			t.Errorf("warning %d %q: want prefix %q", i, doc.Warnings[i], w)
		}
	}
	if len(doc.Blocks) != 2 {
		t.Errorf("got %d blocks, want the paragraph and the text box", len(doc.Blocks))
	}
}

func TestBodyOnly(t *testing.T) {
	header := [2]string{"word/header1.xml", xmlHead + `<w:hdr ` + ns + `><w:p>` + r("HEADER TEXT") + `</w:p></w:hdr>`}
	footer := [2]string{"word/footer1.xml", xmlHead + `<w:ftr ` + ns + `><w:p>` + r("FOOTER TEXT") + `</w:p></w:ftr>`}
	notes := [2]string{"word/footnotes.xml", xmlHead + `<w:footnotes ` + ns + `><w:footnote w:id="1"><w:p>` + r("FOOTNOTE TEXT") + `</w:p></w:footnote></w:footnotes>`}
	comments := [2]string{"word/comments.xml", xmlHead + `<w:comments ` + ns + `><w:comment w:id="0"><w:p>` + r("COMMENT TEXT") + `</w:p></w:comment></w:comments>`}
	body := `<w:p><w:commentRangeStart w:id="0"/>` + r("Body text") + `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` +
		`<w:r><w:footnoteReference w:id="1"/></w:r>` + r(" continues.") + `</w:p>`
	got := extractDump(t, docxOf(t, body, header, footer, notes, comments))
	want := "0 paragraph \"Body text continues.\"\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestStrictNamespace: ISO 29500 Strict files use another namespace URI for
// the same element names; the extractor reads elements by local name.
func TestStrictNamespace(t *testing.T) {
	strict := `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` +
		`<w:p><w:r><w:t>Strict file text.</w:t></w:r></w:p></w:body></w:document>`
	got := extractDump(t, zipParts(t, [2]string{"word/document.xml", strict}))
	if want := "0 paragraph \"Strict file text.\"\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}
