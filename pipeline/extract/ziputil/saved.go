package ziputil

import (
	"bytes"
	"encoding/xml"
	"strings"
	"time"
)

// maxPropsBytes bounds a properties part read for a date: a handful of
// short elements; anything larger is not worth reading.
const maxPropsBytes = 64 << 10

// savedLayouts are how office suites write a save time: Word with a zone,
// LibreOffice's meta.xml without one (read as UTC).
var savedLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05"}

// LastSaved reads the first element named local (in any namespace) of the
// properties part as a time: when the office suite last saved the file.
// Zero when the part is missing, damaged, too large or holds no such date:
// a hint for choosing between versions, never a reason to refuse a file.
func LastSaved(p *Package, part, local string) time.Time {
	raw, err := p.Read(part)
	if err != nil || len(raw) > maxPropsBytes {
		return time.Time{}
	}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	for {
		tok, err := dec.Token()
		if err != nil {
			return time.Time{}
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != local {
			continue
		}
		var v string
		if dec.DecodeElement(&v, &se) != nil {
			return time.Time{}
		}
		for _, l := range savedLayouts {
			if t, err := time.Parse(l, strings.TrimSpace(v)); err == nil {
				return t.UTC()
			}
		}
		return time.Time{}
	}
}
