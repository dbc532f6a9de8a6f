// Command mkref writes templates/report.docx, the reference Word document
// whose styles (and theme-free font table) the DOCX renderer copies into
// every draft. Run it through `go generate ./pipeline/render/docx` after
// changing a style; the output is deterministic, so an unchanged style
// gives an unchanged file. Reviewers may restyle the result in Word and
// point paths.reference_docx at their copy: only the style ids matter.
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	out := flag.String("o", "templates/report.docx", "where to write the reference document")
	flag.Parse()
	data, err := build()
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkref:", err)
		os.Exit(1)
	}
}

// stamp is a fixed time so the zip is byte-identical on every run.
var stamp = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func build() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/_rels/document.xml.rels", docRels},
		{"word/document.xml", document},
		{"word/styles.xml", styles},
		{"word/fontTable.xml", fontTable},
		{"word/settings.xml", settings},
	}
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
