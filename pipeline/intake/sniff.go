package intake

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// rejectIntake is model.Reject for the intake stage: a submission refused
// before any extractor saw it.
func rejectIntake(cause error, detail, hint string) *model.InputError {
	return &model.InputError{Stage: model.StageIntake, Detail: detail, Hint: hint, Err: cause}
}

// Sniff decides what a submission is from its bytes; the name only helps to
// recognise lock files, which can look like anything. It returns the format
// and, for anything that cannot carry a statement, a *model.InputError that
// wraps a model sentinel (ErrEmpty, ErrNotADoc, ErrLegacyDoc, ErrEncrypted,
// ErrUnsupported, ErrNoText, ErrCorrupt) and says what to do. A nil error
// means the format is one an extractor (or ParseEML) reads: DOCX, PDF, ODT
// or EML.
func Sniff(name string, data []byte) (model.Format, error) {
	if len(data) == 0 {
		return model.FormatUnknown, rejectIntake(model.ErrEmpty,
			"the file is empty (0 bytes): the attachment was probably not saved properly",
			"Save it again from the e-mail, or ask the agency to resend it")
	}
	if err := sniffLock(name, data); err != nil {
		return model.FormatUnknown, err
	}
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return sniffOLE(data)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data)
	case bytes.Contains(head(data, 1024), []byte("%PDF-")):
		return model.FormatPDF, nil
	}
	if bytes.HasPrefix(data, []byte("\x78\x9f\x3e\x22")) {
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"a winmail.dat file (Outlook's own packaging), not a statement: the attachments are sealed inside it",
			"Open the e-mail in Outlook and save the attached statement itself into the folder, or ask the agency to resend it")
	}
	if f, err, ok := sniffPicture(data); ok {
		return f, err
	}
	text := bytes.TrimLeft(trimBOM(data), " \t\r\n")
	if bytes.HasPrefix(text, []byte(`{\rtf`)) {
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"a Rich Text (.rtf) file, which reportpipe does not read",
			"Open it in Word and save it as .docx, or ask the agency for the .docx")
	}
	if f, err, ok := sniffMarkup(text); ok {
		return f, err
	}
	if f, err, ok := sniffMessage(data); ok {
		return f, err
	}
	if looksLikeText(data) {
		return model.FormatTXT, rejectIntake(model.ErrNotADoc,
			"a plain-text note (perhaps a covering note), not a statement",
			"If the statement was meant to be attached, ask the agency for the Word or PDF file")
	}
	return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
		"not a file type reportpipe reads (it is not a Word, PDF, OpenDocument or e-mail file)",
		"Ask the agency to send the statement as .docx or .pdf")
}

// head returns at most the first n bytes of data.
func head(data []byte, n int) []byte {
	if len(data) > n {
		return data[:n]
	}
	return data
}

// sniffLock recognises the owner files Word (~$name) and LibreOffice
// (.~lock.name#) leave beside an open document. Word's is a 162-byte record
// whose first byte is the length of the user name stored after it, so a copy
// that lost its ~$ name is still caught.
func sniffLock(name string, data []byte) error {
	base := filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	switch {
	case strings.HasPrefix(base, "~$") || isWordOwnerFile(data):
		return rejectIntake(model.ErrNotADoc,
			"not a document: Word leaves these while a file is open",
			"Nothing to do; it can be deleted once the document is closed")
	case strings.HasPrefix(base, ".~lock.") && strings.HasSuffix(base, "#"):
		return rejectIntake(model.ErrNotADoc,
			"not a document: LibreOffice leaves these while a file is open",
			"Nothing to do; it can be deleted once the document is closed")
	}
	return nil
}

// isWordOwnerFile matches the owner-file record: 162 bytes (a few more from
// some versions), a length byte of 1..53, that many printable bytes of user
// name, and zero padding after the name in the 54-byte ANSI field.
func isWordOwnerFile(data []byte) bool {
	if len(data) < 162 || len(data) > 165 {
		return false
	}
	n := int(data[0])
	if n < 1 || n > 53 {
		return false
	}
	for _, c := range data[1 : 1+n] {
		if c < 0x20 || c == 0x7f {
			return false
		}
	}
	for _, c := range data[1+n : 54] {
		if c != 0 && c != ' ' {
			return false
		}
	}
	return true
}

func trimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
}

// sniffPicture recognises scans and photos sent instead of a document.
func sniffPicture(data []byte) (model.Format, error, bool) {
	kinds := []struct {
		magic string
		name  string
	}{
		{"\x89PNG\r\n\x1a\n", "PNG"},
		{"\xff\xd8\xff", "JPEG"},
		{"II*\x00", "TIFF"},
		{"MM\x00*", "TIFF"},
		{"GIF87a", "GIF"},
		{"GIF89a", "GIF"},
	}
	for _, k := range kinds {
		if bytes.HasPrefix(data, []byte(k.magic)) {
			return model.FormatUnknown, rejectIntake(model.ErrNoText,
				"a picture ("+k.name+" image), not a document, so it has no text to read",
				"If it is a scan or photo of the statement, ask the agency for the Word version"), true
		}
	}
	return "", nil, false
}

// sniffMarkup recognises HTML pages and XML documents (Word 2003 XML, flat
// OpenDocument), which carry text but in no form the extractors read.
func sniffMarkup(text []byte) (model.Format, error, bool) {
	lower := bytes.ToLower(head(text, 1024))
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<html")):
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"a web page (HTML), not a Word or PDF document",
			"Ask the agency to send the statement as .docx or .pdf"), true
	case bytes.HasPrefix(lower, []byte("<?xml")):
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"an XML file (perhaps a Word or OpenDocument \"XML document\"), which reportpipe does not read",
			"Open it in Word and save it as .docx"), true
	}
	return "", nil, false
}

// looksLikeText accepts UTF-8 (or UTF-16 with a byte-order mark) without the
// control bytes that mark binary data.
func looksLikeText(data []byte) bool {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return len(data)%2 == 0
	}
	if !utf8.Valid(data) {
		return false
	}
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}

// oleMagic opens every OLE2 compound file: Word 97-2003 .doc, but also .xls,
// .ppt, Outlook .msg and password-protected OOXML.
var oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

// utf16 spells s as UTF-16LE, as OLE2 directory entries name their streams.
func utf16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// sniffOLE tells the OLE2 files apart by the stream names in their
// directory, which a byte search finds cheaply wherever the sector lies.
func sniffOLE(data []byte) (model.Format, error) {
	has := func(stream string) bool { return bytes.Contains(data, utf16(stream)) }
	switch {
	case has("EncryptedPackage"):
		return model.FormatDOCX, rejectIntake(model.ErrEncrypted,
			"the document is password-protected, so its text cannot be read",
			"Ask the agency for a copy without a password")
	case has("__substg1.0_"):
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"an Outlook message (.msg), which reportpipe does not read",
			"Open it in Outlook and save the attached statement itself into the folder")
	case has("Workbook"), has("PowerPoint Document"):
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"an old Excel or PowerPoint file, not a statement",
			"Ask the agency for the statement as a Word document (.docx)")
	}
	return model.FormatDOC, rejectIntake(model.ErrLegacyDoc,
		"an old Word 97-2003 .doc file",
		"Open it in Word and save it as .docx (or install LibreOffice and reportpipe converts it)")
}

// sniffZip looks inside a zip package: Word and OpenDocument text are
// statements; spreadsheets, presentations and plain archives are named so
// the person knows what was sent instead.
func sniffZip(data []byte) (model.Format, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return guessBrokenZip(data), rejectIntake(fmt.Errorf("%w: %v", model.ErrCorrupt, err),
			"the file is damaged or incomplete (it is a zip-based file, but its structure cannot be read)",
			"Save it again from the e-mail, or ask the agency to resend it")
	}
	names := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		names[f.Name] = f
	}
	if names["word/document.xml"] != nil || wordMainPart(names["[Content_Types].xml"]) {
		return model.FormatDOCX, nil
	}
	if f := names["mimetype"]; f != nil {
		return sniffODF(readSmall(f, 256))
	}
	what := "a zip archive, not a statement"
	hint := "If it holds the statement, unzip it and save the statement itself into the folder"
	switch {
	case hasPrefixEntry(zr, "xl/"):
		what, hint = "an Excel spreadsheet, not a statement", "Ask the agency for the statement as a Word document (.docx)"
	case hasPrefixEntry(zr, "ppt/"):
		what, hint = "a PowerPoint presentation, not a statement", "Ask the agency for the statement as a Word document (.docx)"
	}
	return model.FormatUnknown, rejectIntake(model.ErrUnsupported, what, hint)
}

// wordMainContent are the content types of a Word main document part
// (document, template, macro-enabled), which names the part wherever it
// lies in the package: word/document.xml is only the usual name.
var wordMainContent = []string{
	"wordprocessingml.document.main+xml",
	"wordprocessingml.template.main+xml",
	"application/vnd.ms-word.document.macroEnabled.main+xml",
	"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

// wordMainPart reports whether [Content_Types].xml declares a Word main
// document part. A statement's content types list is a few kilobytes.
func wordMainPart(f *zip.File) bool {
	if f == nil {
		return false
	}
	types := readSmall(f, 256<<10)
	for _, ct := range wordMainContent {
		if strings.Contains(types, ct) {
			return true
		}
	}
	return false
}

// sniffODF names an OpenDocument package by its mimetype entry.
func sniffODF(mime string) (model.Format, error) {
	mime = strings.TrimSpace(mime)
	switch mime {
	case "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template":
		return model.FormatODT, nil
	}
	kinds := map[string]string{
		"spreadsheet":  "a spreadsheet, not a statement",
		"presentation": "a presentation, not a statement",
		"graphics":     "a drawing, not a statement",
	}
	what := "an OpenDocument file that is not a text document"
	for k, v := range kinds {
		if strings.HasPrefix(mime, "application/vnd.oasis.opendocument."+k) {
			what = v + " (OpenDocument " + k + ")"
		}
	}
	return model.FormatUnknown, rejectIntake(model.ErrUnsupported, what,
		"Ask the agency for the statement as a text document (.docx or .odt)")
}

func hasPrefixEntry(zr *zip.Reader, prefix string) bool {
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, prefix) {
			return true
		}
	}
	return false
}

// readSmall reads at most n bytes of a zip entry; errors read as empty.
func readSmall(f *zip.File, n int64) string {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, n))
	return string(b)
}

// guessBrokenZip names a truncated package from the entry names in its local
// headers, so the rejection can say what the file was meant to be.
func guessBrokenZip(data []byte) model.Format {
	h := head(data, 64<<10)
	switch {
	case bytes.Contains(h, []byte("word/")):
		return model.FormatDOCX
	case bytes.Contains(h, []byte("application/vnd.oasis.opendocument.text")):
		return model.FormatODT
	}
	return model.FormatUnknown
}

// mailHeaders are the header fields that mark an RFC 822 message; two or
// more of them in a well-formed header block at the top make an e-mail.
var mailHeaders = map[string]bool{
	"from": true, "to": true, "cc": true, "subject": true, "date": true,
	"mime-version": true, "content-type": true, "message-id": true,
	"received": true, "return-path": true, "reply-to": true, "sender": true,
}

// sniffMessage recognises a saved e-mail (.eml): every line up to the first
// blank one is a header field or a folded continuation, and at least two are
// mail headers. A header block with no sender, subject or route but a
// multipart/related body is a web archive (.mht) that Word writes, not mail.
func sniffMessage(data []byte) (model.Format, error, bool) {
	lines := strings.Split(string(head(data, 16<<10)), "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], "From ") {
		lines = lines[1:] // mbox separator line
	}
	seen := map[string]bool{}
	for i, line := range lines {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if i == 0 {
				return "", nil, false
			}
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return "", nil, false
		}
		key := strings.ToLower(name)
		if mailHeaders[key] {
			seen[key] = true
			if key == "content-type" {
				seen["related"] = strings.Contains(strings.ToLower(value), "multipart/related")
			}
		}
	}
	known := 0
	for k, v := range seen {
		if v && k != "related" {
			known++
		}
	}
	if known < 2 {
		return "", nil, false
	}
	if seen["related"] && !seen["from"] && !seen["subject"] && !seen["received"] && !seen["to"] {
		return model.FormatUnknown, rejectIntake(model.ErrUnsupported,
			"a single-file web page (.mht), not a Word or PDF document",
			"Open it in Word and save it as .docx"), true
	}
	return model.FormatEML, nil, true
}
