package update

import (
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestInsertedListsKeepTheirNumbering checks a late statement's numbered
// list gets a list definition of its own in the edited draft, so it counts
// from 1 as a decimal list instead of borrowing another list's numbers.
func TestInsertedListsKeepTheirNumbering(t *testing.T) {
	draft := renderDraft(t, report(statement("Millbrook Youth Service", "m.docx", "m1",
		block{sec: ctx, text: "Millbrook first list item.", kind: "ordered"},
		block{sec: ctx, text: "Millbrook second list item.", kind: "ordered"})))
	late := statement("Oakfield Academy Trust", "o.docx", "o1",
		block{sec: model.SectionSuccesses, text: "Oakfield opened a breakfast club.", kind: "ordered"},
		block{sec: model.SectionSuccesses, text: "Oakfield trained its governors.", kind: "ordered"})
	res, err := apply(draft, report(statement("Millbrook Youth Service", "m.docx", "m1",
		block{sec: ctx, text: "Millbrook first list item.", kind: "ordered"},
		block{sec: ctx, text: "Millbrook second list item.", kind: "ordered"}), late), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(part(t, res.DOCX, "word/document.xml"))
	numbering := string(part(t, res.DOCX, "word/numbering.xml"))
	for _, text := range []string{"Millbrook first list item.", "Oakfield opened a breakfast club.", "Oakfield trained its governors."} {
		m := numIDOf.FindStringSubmatch(paraWith(t, doc, text))
		if m == nil {
			t.Fatalf("%q is not a list item any more", text)
		}
		if !strings.Contains(numbering, `<w:num w:numId="`+m[1]+`">`) {
			t.Errorf("%q uses list %s, which numbering.xml does not define", text, m[1])
		}
	}
	a := numIDOf.FindStringSubmatch(paraWith(t, doc, "Oakfield opened a breakfast club."))[1]
	b := numIDOf.FindStringSubmatch(paraWith(t, doc, "Oakfield trained its governors."))[1]
	m := numIDOf.FindStringSubmatch(paraWith(t, doc, "Millbrook first list item."))[1]
	if a != b || a == m {
		t.Errorf("the late list uses lists %s and %s, Millbrook's %s: want one list of its own", a, b, m)
	}
	if strings.Index(numbering, "<w:abstractNum ") > strings.Index(numbering, "<w:num ") ||
		strings.LastIndex(numbering, "<w:abstractNum ") > strings.Index(numbering, "<w:num ") {
		t.Error("numbering.xml has an abstractNum after a num, which Word refuses")
	}
}

var numIDOf = regexp.MustCompile(`<w:numId w:val="([0-9]+)"/>`)
