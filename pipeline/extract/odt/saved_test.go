package odt

import (
	"testing"
	"time"
)

// The date LibreOffice writes in meta.xml when it saves is the document's
// last-saved time; without meta.xml there is none.
func TestLastSavedFromMeta(t *testing.T) {
	body := `<text:p>Riverside statement.</text:p>`
	meta := `<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>` +
		`<meta:creation-date>2026-03-01T09:00:00</meta:creation-date><dc:date>2026-05-03T14:20:00.5</dc:date></office:meta></office:document-meta>`
	with := pkg(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", contentXML("", body), "meta.xml", meta)
	if got, want := extractOK(t, with).Modified, time.Date(2026, 5, 3, 14, 20, 0, 5e8, time.UTC); !got.Equal(want) {
		t.Errorf("Modified %v, want %v", got, want)
	}
	if got := extractOK(t, odtOf(t, "", body, "")).Modified; !got.IsZero() {
		t.Errorf("Modified %v without meta.xml, want none", got)
	}
}
