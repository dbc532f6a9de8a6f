package update

import (
	"strings"
	"testing"
)

// FuzzApply feeds Apply drafts whose document.xml is mangled: it must
// return a result or an error, never panic or hang.
func FuzzApply(f *testing.F) {
	draft := renderDraft(f, report(millbrookV1(), eastgate()))
	doc := string(part(f, draft, "word/document.xml"))
	f.Add(doc)
	f.Add(strings.Replace(doc, "</w:p>", "", 3))
	f.Add(strings.ReplaceAll(doc, "<w:r>", "<w:r><w:ins>"))
	f.Fuzz(func(t *testing.T, doc string) {
		edited := withPart(t, draft, "word/document.xml", []byte(doc))
		res, err := apply(edited, report(millbrookV2(), oakfield()), Options{Now: when})
		if err == nil && len(res.DOCX) == 0 {
			t.Fatal("no error and no document")
		}
	})
}

func FuzzScan(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>a</w:t></w:r></w:p>`)
	f.Add(`<a/><b x="1"/>`)
	f.Fuzz(func(t *testing.T, s string) {
		x, err := scan([]byte(s))
		if err != nil {
			return
		}
		for i, tk := range x.toks {
			if tk.start && (tk.match < i || tk.match >= len(x.toks)) {
				t.Fatalf("token %d matches %d", i, tk.match)
			}
		}
	})
}
