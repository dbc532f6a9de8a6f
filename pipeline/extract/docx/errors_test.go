package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestRejections(t *testing.T) {
	good := docxOf(t, p("", "", "A statement from Riverside Community Health Trust."))
	deep := strings.Repeat("<w:customXml>", 300) + p("", "", "Deep.") + strings.Repeat("</w:customXml>", 300)
	odt := zipParts(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.text"}, [2]string{"content.xml", "<office:document-content/>"})
	bad := zipParts(t, [2]string{"word/document.xml", documentXML(`<w:p><w:r><w:t>Unclosed`)})
	small := extract.DefaultLimits
	small.MaxEntryBytes = 200
	tiny := extract.DefaultLimits
	tiny.MaxFileBytes = 100
	cases := []struct {
		name   string
		data   []byte
		lim    extract.Limits
		cause  error
		detail string
	}{
		{"zero bytes", nil, extract.DefaultLimits, model.ErrEmpty, "empty"},
		{"not a zip", []byte("This is a plain text file, not a Word file."), extract.DefaultLimits, model.ErrCorrupt, "damaged or incomplete"},
		{"truncated", good[:len(good)/2], extract.DefaultLimits, model.ErrCorrupt, "damaged or incomplete"},
		{"zip without word part", odt, extract.DefaultLimits, model.ErrUnsupported, "a zip file, not a Word document"},
		{"file over the limit", good, tiny, model.ErrTooLarge, "larger than any statement"},
		{"entry over the limit", good, small, model.ErrTooLarge, "unpacks to far more data"},
		{"nesting over the limit", docxOf(t, deep), extract.DefaultLimits, model.ErrTooLarge, "nested far deeper"},
		{"no text", docxOf(t, `<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>`+tbl(tr(tc("", `<w:p/>`)))), extract.DefaultLimits, model.ErrNoText, "no text"},
		{"malformed xml", bad, extract.DefaultLimits, model.ErrCorrupt, "damaged or incomplete"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := New(tc.lim).Extract(context.Background(), tc.data)
			if err == nil {
				t.Fatalf("no error; got %d blocks", len(doc.Blocks))
			}
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not an InputError", err, err)
			}
			if !errors.Is(err, tc.cause) {
				t.Errorf("error %v does not wrap %v", err, tc.cause)
			}
			if !strings.Contains(ie.Detail, tc.detail) {
				t.Errorf("detail %q lacks %q", ie.Detail, tc.detail)
			}
			if ie.Hint == "" || ie.Stage != model.StageExtract {
				t.Errorf("hint %q stage %q: want a hint and the extract stage", ie.Hint, ie.Stage)
			}
		})
	}
}

func TestDamagedStylesWarns(t *testing.T) {
	data := zipParts(t,
		[2]string{"word/document.xml", documentXML(p(pst("berschrift1"), "", "Agency Context"))},
		[2]string{"word/styles.xml", `<w:styles ` + ns + `><w:style w:styleId="x"><w:name w:val="heading 1"`})
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "styles.xml") {
		t.Errorf("warnings %q: want one about styles.xml", doc.Warnings)
	}
	if got := model.Dump(doc); !strings.HasPrefix(got, `0 paragraph "Agency Context"`) {
		t.Errorf("got %q: the text must still be read", got)
	}
}

func TestCancelledContext(t *testing.T) {
	data := docxOf(t, strings.Repeat(p("", "", "Many paragraphs of text."), 3000))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(extract.DefaultLimits).Extract(ctx, data)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v: want context.Canceled", err)
	}
}

func TestZeroLimitsAreDefaults(t *testing.T) {
	doc, err := New(extract.Limits{}).Extract(context.Background(), docxOf(t, p("", "", "Zero limits still read.")))
	if err != nil || len(doc.Blocks) != 1 {
		t.Fatalf("doc %v err %v: want one block", doc, err)
	}
}

// TestDamagedNumberingEntryWarns: a numbering part whose checksum fails is
// skipped with a warning; the body is still read.
func TestDamagedNumberingEntryWarns(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	body, _ := zw.Create("word/document.xml")
	body.Write([]byte(documentXML(p(num("1", "0"), "", "Listed point"))))
	raw := []byte(xmlHead + testNumbering)
	nw, err := zw.CreateRaw(&zip.FileHeader{Name: "word/numbering.xml", Method: zip.Store, CRC32: 1,
		CompressedSize64: uint64(len(raw)), UncompressedSize64: uint64(len(raw))})
	if err != nil {
		t.Fatal(err)
	}
	nw.Write(raw)
	zw.Close()
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "numbering.xml") {
		t.Errorf("warnings %q: want one about numbering.xml", doc.Warnings)
	}
	if got := model.Dump(doc); !strings.HasPrefix(got, `0 paragraph "Listed point"`) {
		t.Errorf("got %q: the text must still be read (as a paragraph, the list being unknown)", got)
	}
}

// A package with two entries of one name is refused as damaged, since Word
// and LibreOffice read different copies.
func TestDuplicateEntryRefused(t *testing.T) {
	data := zipParts(t,
		[2]string{"word/document.xml", documentXML(p("", "", "The first copy."))},
		[2]string{"word/styles.xml", xmlHead + testStyles},
		[2]string{"word/document.xml", documentXML(p("", "", "The second copy."))})
	_, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	ie, ok := errors.AsType[*model.InputError](err)
	if !errors.Is(err, model.ErrCorrupt) || !ok || !strings.Contains(ie.Detail, "two parts named word/document.xml") {
		t.Fatalf("err = %v, want a damaged-file refusal naming word/document.xml", err)
	}
}
