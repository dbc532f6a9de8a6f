package testutil

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// StyledChapterMD is a fictional board chapter whose paragraphs carry the
// chapter's own named styles, as pandoc writes them (custom-style): a
// heading style "Chapter Heading" based on Heading 1, "Section Title"
// that is a heading only by its outline level, a block quote (pandoc's
// "Block Text"), "Chair's Quote" based on Word's "Quote", and a table
// caption.
const StyledChapterMD = `::: {custom-style="Chapter Heading"}
The Journey of the Child
:::

This chapter follows a fictional child, Robin, through the help the partners gave.

::: {custom-style="Chapter Heading"}
What happened first
:::

A teacher at Westbrook College noticed that Robin was often late.

::: {custom-style="Section Title"}
The first weeks
:::

> Robin said the family worker listened and came back when she said she would.

The early help assessment was opened with the carer's agreement.

::: {custom-style="Chair's Quote"}
Every partner saw Robin, not only the lateness.
:::

| Service | Contacts |
|---|---|
| Family support | 14 |
| School nursing | 5 |

: Contacts by service in the fictional year

The board will follow Robin's journey again next year.
`

// houseStyles are the styles a board's own reference document adds to
// pandoc's, as a board's Word template would define them.
const houseStyles = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="ChapterHeading"><w:name w:val="Chapter Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="BodyText"/><w:qFormat/><w:rPr><w:color w:val="7030A0"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="BodyText"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="BodyText"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="ChairsQuote"><w:name w:val="Chair's Quote"/><w:basedOn w:val="Quote"/><w:qFormat/></w:style>`

// StyledChapterDOCX makes StyledChapterMD into a DOCX with pandoc, over a
// reference document that is pandoc's own with the board's house styles
// added; skips when pandoc is not installed.
func StyledChapterDOCX(t testing.TB) []byte {
	t.Helper()
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed")
	}
	dir := t.TempDir()
	ref, err := exec.Command("pandoc", "--print-default-data-file", "reference.docx").Output()
	if err != nil {
		t.Fatalf("pandoc's reference document: %v", err)
	}
	refPath, md, out := filepath.Join(dir, "house.docx"), filepath.Join(dir, "chapter.md"), filepath.Join(dir, "chapter.docx")
	writeTemp(t, refPath, withStyles(t, ref, houseStyles))
	writeTemp(t, md, []byte(StyledChapterMD))
	if msg, err := exec.Command("pandoc", md, "--reference-doc", refPath, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// withStyles adds style elements to a DOCX's word/styles.xml.
func withStyles(t testing.TB, docx []byte, styles string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "word/styles.xml" {
			data = bytes.Replace(data, []byte("</w:styles>"), []byte(styles+"</w:styles>"), 1)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeTemp(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
