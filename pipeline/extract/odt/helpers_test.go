package odt

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// nsDecl declares the OpenDocument prefixes the hand-built parts use.
const nsDecl = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
	`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
	`xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ` +
	`xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
	`xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"`

// contentXML wraps automatic styles and body markup into a content.xml.
func contentXML(autoStyles, body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + nsDecl + `>` +
		`<office:automatic-styles>` + autoStyles + `</office:automatic-styles>` +
		`<office:body><office:text>` + body + `</office:text></office:body></office:document-content>`
}

// stylesXML wraps named styles into a styles.xml.
func stylesXML(styles string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ` + nsDecl + `>` +
		`<office:styles>` + styles + `</office:styles>` +
		`<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/></office:automatic-styles>` +
		`</office:document-styles>`
}

// pkg builds a zip package from name, content pairs; mimetype first and
// stored, as ODF requires.
func pkg(t testing.TB, kv ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(kv); i += 2 {
		method := zip.Deflate
		if kv[i] == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: kv[i], Method: method})
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

// odtOf builds an ODT from automatic styles, body and (optional) styles.xml.
func odtOf(t testing.TB, autoStyles, body, styles string) []byte {
	t.Helper()
	kv := []string{"mimetype", "application/vnd.oasis.opendocument.text", "content.xml", contentXML(autoStyles, body)}
	if styles != "" {
		kv = append(kv, "styles.xml", stylesXML(styles))
	}
	return pkg(t, kv...)
}

// extractOK extracts data with the default limits and fails on an error.
func extractOK(t *testing.T, data []byte) *model.Document {
	t.Helper()
	doc, err := New(extract.Limits{}).Extract(context.Background(), data)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return doc
}

// wantReject asserts err is an extract-stage InputError wrapping cause.
func wantReject(t *testing.T, err, cause error) {
	t.Helper()
	var ie *model.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an InputError", err, err)
	}
	if !errors.Is(err, cause) {
		t.Fatalf("error %v does not wrap %v", err, cause)
	}
	if ie.Detail == "" || ie.Hint == "" {
		t.Errorf("rejection lacks detail or hint: %#v", ie)
	}
}
