package docx

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// Part 7 opens with its introduction (the configured one) and the key,
// after the contents and before the first statement; an awaited agency
// keeps its numbered place and says its statement is awaited.
func TestPartOpensWithIntroductionAndKey(t *testing.T) {
	r := withAwaited()
	r.Meta.StatementsIntro = "The board thanks every partner for its statement."
	xml, err := New(Options{}).DocumentXML(r)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(xml)
	order := []string{
		"Contents", ">7 Partner Agency Annual Statements<", // the contents' line
		"</w:hyperlink></w:p><w:p><w:r><w:fldChar w:fldCharType=\"end\"/>", // the end of the contents
		">7 Partner Agency Annual Statements<", r.Meta.StatementsIntro, ">Key<", layout.KeyProgress, layout.KeyDevelopment,
		">7.1 Riverside Community Health Trust<", ">7.2 Westmoor Borough Police<", layout.AwaitedText,
		">7.3 Harbour Fire and Rescue Service<",
	}
	at := 0
	for _, want := range order {
		i := strings.Index(doc[at:], want)
		if i < 0 {
			t.Fatalf("%q not found after the text before it (order %q)", want, order)
		}
		at += i + len(want)
	}
	if strings.Count(doc, ">"+layout.KeyProgress+"<") != 1 {
		t.Error("the key should appear once, in Part 7")
	}
}
