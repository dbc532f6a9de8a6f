package docx

import (
	"bytes"
	"encoding/xml"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
)

// partCore holds the package's core properties (title, author, dates).
const partCore = "docProps/core.xml"

// maxCoreBytes bounds the core properties read: a handful of short
// elements; anything larger is not worth reading for a date.
const maxCoreBytes = 64 << 10

// lastSaved reads dcterms:modified from the core properties: when Word (or
// LibreOffice) last saved the file. Zero when the part is missing, damaged
// or holds no date: it is a hint for choosing between versions, never a
// reason to refuse a file.
func lastSaved(pkg *ziputil.Package) time.Time {
	raw, err := pkg.Read(partCore)
	if err != nil || len(raw) > maxCoreBytes {
		return time.Time{}
	}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	for {
		tok, err := dec.Token()
		if err != nil {
			return time.Time{}
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "modified" {
			continue
		}
		var v string
		if dec.DecodeElement(&v, &se) != nil {
			return time.Time{}
		}
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(v))
		if err != nil {
			return time.Time{}
		}
		return t.UTC()
	}
}
