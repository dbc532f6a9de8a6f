package intake

import (
	"archive/zip"
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func readSniffFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "sniff", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// zipOf builds a zip package with the entries in order (name, content, ...).
func zipOf(t testing.TB, kv ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(kv); i += 2 {
		w, err := zw.Create(kv[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(kv[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordOwnerFile builds the 162-byte record Word writes as ~$name.docx.
func wordOwnerFile(user string) []byte {
	out := make([]byte, 162)
	out[0] = byte(len(user))
	copy(out[1:], user)
	out[54] = byte(len(user))
	copy(out[56:], utf16(user))
	return out
}

// oleWith builds the start of a compound file whose directory names streams.
func oleWith(streams ...string) []byte {
	out := append([]byte{}, oleMagic...)
	out = append(out, make([]byte, 504)...)
	for _, s := range streams {
		entry := make([]byte, 128)
		copy(entry, utf16(s))
		out = append(out, entry...)
	}
	return out
}

func encodeImage(t *testing.T, kind string) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	img.Set(2, 2, color.RGBA{200, 10, 10, 255})
	var buf bytes.Buffer
	var err error
	switch kind {
	case "png":
		err = png.Encode(&buf, img)
	case "jpeg":
		err = jpeg.Encode(&buf, img, nil)
	case "gif":
		err = gif.Encode(&buf, img, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	docx := readSniffFixture(t, "statement.docx")
	tests := []struct {
		name     string
		file     string
		data     []byte
		want     model.Format
		cause    error  // nil: accepted
		inDetail string // a phrase the person must read
	}{
		{name: "docx by pandoc", file: "a.docx", data: readSniffFixture(t, "statement.docx"), want: model.FormatDOCX},
		{name: "docx named .pdf", file: "a.pdf", data: docx, want: model.FormatDOCX},
		{name: "odt by pandoc", file: "a.odt", data: readSniffFixture(t, "statement.odt"), want: model.FormatODT},
		{name: "pdf by libreoffice", file: "a.pdf", data: readSniffFixture(t, "statement.pdf"), want: model.FormatPDF},
		{name: "pdf after junk", file: "a.pdf", data: append([]byte("garbage line\r\n"), readSniffFixture(t, "statement.pdf")...), want: model.FormatPDF},
		{name: "eml", file: "x.eml", data: readSniffFixture(t, "note-only.eml"), want: model.FormatEML},
		{name: "eml with mbox line", file: "x", data: append([]byte("From someone@example Mon Nov 14 09:12:00 2016\n"), readSniffFixture(t, "note-only.eml")...), want: model.FormatEML},
		{name: "empty", file: "a.docx", data: []byte{}, want: model.FormatUnknown, cause: model.ErrEmpty, inDetail: "0 bytes"},
		{name: "word lock by name", file: "~$atement.docx", data: docx[:162], want: model.FormatUnknown, cause: model.ErrNotADoc, inDetail: "Word leaves these"},
		{name: "word lock by shape", file: "renamed.docx", data: wordOwnerFile("Priya Okonkwo"), want: model.FormatUnknown, cause: model.ErrNotADoc, inDetail: "Word leaves these"},
		{name: "libreoffice lock", file: "sub/.~lock.statement.docx#", data: []byte("Priya,host,priya,26.11.2026 09:00,file:///home/priya/.config;\n"), want: model.FormatUnknown, cause: model.ErrNotADoc, inDetail: "LibreOffice leaves these"},
		{name: "doc by libreoffice", file: "a.doc", data: readSniffFixture(t, "statement.doc"), want: model.FormatDOC, cause: model.ErrLegacyDoc, inDetail: "Word 97-2003"},
		{name: "encrypted ooxml", file: "a.docx", data: oleWith("EncryptionInfo", "EncryptedPackage"), want: model.FormatDOCX, cause: model.ErrEncrypted, inDetail: "password-protected"},
		{name: "outlook msg", file: "a.msg", data: oleWith("__substg1.0_0037001F"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "Outlook message"},
		{name: "old excel", file: "a.xls", data: oleWith("Workbook"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "Excel or PowerPoint"},
		{name: "xlsx", file: "a.xlsx", data: zipOf(t, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "spreadsheet"},
		{name: "pptx by pandoc", file: "a.pptx", data: readSniffFixture(t, "slides.pptx"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "presentation"},
		{name: "ods", file: "a.ods", data: zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "spreadsheet"},
		{name: "odp", file: "a.odp", data: zipOf(t, "mimetype", "application/vnd.oasis.opendocument.presentation"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "presentation"},
		{name: "ott", file: "a.ott", data: zipOf(t, "mimetype", "application/vnd.oasis.opendocument.text-template"), want: model.FormatODT},
		{name: "docx with its main part elsewhere", file: "a.docx", data: zipOf(t, "[Content_Types].xml",
			`<Types><Override PartName="/text/main.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
			"text/main.xml", "<w:document/>"), want: model.FormatDOCX},
		{name: "plain zip", file: "a.zip", data: zipOf(t, "statement.docx", string(docx)), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "zip archive"},
		{name: "truncated docx", file: "a.docx", data: docx[:len(docx)/2], want: model.FormatDOCX, cause: model.ErrCorrupt, inDetail: "damaged"},
		{name: "rtf by pandoc", file: "a.rtf", data: readSniffFixture(t, "statement.rtf"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "Rich Text"},
		{name: "html by pandoc", file: "a.htm", data: readSniffFixture(t, "statement.html"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "web page"},
		{name: "mht", file: "a.mht", data: []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: ".mht"},
		{name: "word xml", file: "a.xml", data: []byte(`<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>`), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "XML"},
		{name: "png", file: "scan.docx", data: encodeImage(t, "png"), want: model.FormatUnknown, cause: model.ErrNoText, inDetail: "picture"},
		{name: "jpeg", file: "scan.pdf", data: encodeImage(t, "jpeg"), want: model.FormatUnknown, cause: model.ErrNoText, inDetail: "picture"},
		{name: "gif", file: "scan.gif", data: encodeImage(t, "gif"), want: model.FormatUnknown, cause: model.ErrNoText, inDetail: "picture"},
		{name: "tiff", file: "scan.tif", data: []byte("II*\x00\x08\x00\x00\x00"), want: model.FormatUnknown, cause: model.ErrNoText, inDetail: "picture"},
		{name: "covering note", file: "note.txt", data: readSniffFixture(t, "covering-note.txt"), want: model.FormatTXT, cause: model.ErrNotADoc, inDetail: "plain-text note"},
		{name: "note named docx", file: "statement.docx", data: []byte("Statement to follow.\n"), want: model.FormatTXT, cause: model.ErrNotADoc, inDetail: "plain-text note"},
		{name: "utf-16 note from notepad", file: "note.txt", data: append([]byte("\xff\xfe"), utf16("Statement to follow.\r\n")...), want: model.FormatTXT, cause: model.ErrNotADoc, inDetail: "plain-text note"},
		{name: "winmail.dat", file: "winmail.dat", data: []byte("\x78\x9f\x3e\x22\x01\x00\x01\x06\x90\x08\x00"), want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "winmail.dat"},
		{name: "binary junk", file: "a.docx", data: []byte{0x00, 0x01, 0x02, 0xfe, 0x80, 0x99}, want: model.FormatUnknown, cause: model.ErrUnsupported, inDetail: "not a file type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Sniff(tc.file, tc.data)
			if got != tc.want {
				t.Errorf("format = %q, want %q", got, tc.want)
			}
			if tc.cause == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			checkIntakeReject(t, err, tc.cause, tc.inDetail)
		})
	}
}

// checkIntakeReject asserts err is an intake-stage InputError wrapping cause,
// with a detail containing phrase and a hint.
func checkIntakeReject(t *testing.T, err, cause error, phrase string) {
	t.Helper()
	if !errors.Is(err, cause) {
		t.Fatalf("error %v does not wrap %v", err, cause)
	}
	var ie *model.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %T is not an InputError", err)
	}
	if ie.Stage != model.StageIntake {
		t.Errorf("stage = %q, want intake", ie.Stage)
	}
	if !strings.Contains(ie.Detail, phrase) {
		t.Errorf("detail %q lacks %q", ie.Detail, phrase)
	}
	if ie.Hint == "" {
		t.Error("no hint for the person")
	}
}

// TestSniffCorpus checks the real submissions sniff as their manifest says:
// every DOCX and PDF readable by format, the zero-byte file empty.
func TestSniffCorpus(t *testing.T) {
	dir := filepath.Join(testutil.CorpusDir(t), "submissions")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := Sniff(e.Name(), data)
		switch {
		case len(data) == 0:
			if !errors.Is(err, model.ErrEmpty) {
				t.Errorf("%s: empty file gave %v", e.Name(), err)
			}
		case err != nil:
			t.Errorf("%s: %v", e.Name(), err)
		case strings.HasSuffix(e.Name(), ".pdf") && got != model.FormatPDF,
			strings.HasSuffix(e.Name(), ".docx") && got != model.FormatDOCX:
			t.Errorf("%s: sniffed as %q", e.Name(), got)
		}
	}
}

func FuzzSniff(f *testing.F) {
	for _, name := range []string{"statement.docx", "statement.pdf", "statement.doc", "note-only.eml", "covering-note.txt", "statement.rtf"} {
		data, err := os.ReadFile(filepath.Join("testdata", "sniff", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(name, data)
	}
	f.Add("~$x.docx", wordOwnerFile("A"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		got, err := Sniff(name, data)
		if err == nil {
			switch got {
			case model.FormatDOCX, model.FormatPDF, model.FormatODT, model.FormatEML:
			default:
				t.Fatalf("accepted format %q without an error", got)
			}
			return
		}
		var ie *model.InputError
		if !errors.As(err, &ie) || ie.Stage != model.StageIntake || ie.Detail == "" || ie.Hint == "" || ie.Err == nil {
			t.Fatalf("rejection %#v is not a complete intake InputError", err)
		}
	})
}

func BenchmarkSniff(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "sniff", "statement.docx"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if f, err := Sniff("statement.docx", data); f != model.FormatDOCX || err != nil {
			b.Fatal(f, err)
		}
	}
}
