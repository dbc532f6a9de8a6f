package publish

import (
	"testing"
)

// FuzzPublish: any bytes, a reviewer's odd file, give open items, a
// refusal or an error, never a panic; what Prepare makes reads again.
func FuzzPublish(f *testing.F) {
	d := renderDraft(f, season())
	f.Add(d)
	f.Add(withParts(f, d, map[string][]byte{mainPart: []byte(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`)}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Review(data); err != nil {
			return
		}
		res, err := Prepare(data, d, Options{AcceptChanges: true, DropComments: true, Allow: Allowable})
		if err != nil {
			return
		}
		if _, err := Page(res.DOCX); err != nil {
			t.Errorf("the version to publish does not read again: %v", err)
		}
	})
}
