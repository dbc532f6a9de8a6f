package odt

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestChapterOwnStyles: the styled pandoc chapter saved as ODT by
// LibreOffice keeps its styles' parents ("Chair's Quote" under "Quote",
// "Table Caption" under "Caption"); its quotations and caption read as
// such, its custom headings at their outline level, every word kept.
func TestChapterOwnStyles(t *testing.T) {
	doc := extractOK(t, testutil.OfficeConvert(t, testutil.StyledChapterDOCX(t), "odt"))
	got := model.Dump(doc)
	for _, want := range []string{
		`heading level=1 "What happened first"`,
		`heading level=2 "The first weeks"`,
		`paragraph style=quote "Robin said the family worker listened and came back when she said she would."`,
		`paragraph style=quote "Every partner saw Robin, not only the lateness."`,
		`paragraph style=caption "Contacts by service in the fictional year"`,
		`paragraph "The early help assessment was opened with the carer’s agreement."`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the chapter lacks %s:\n%s", want, got)
		}
	}
}

// TestStyleParents: a style is a quotation or caption by its own name or
// by a parent's, its display name or its encoded name; other styles are
// body text.
func TestStyleParents(t *testing.T) {
	s := newStyleSheet()
	for _, st := range []*style{
		{name: "Quotations"}, {name: "Chair_27_s_20_Quote", display: "Chair's Quote", parent: "Quotations"},
		{name: "P1", parent: "Chair_27_s_20_Quote"}, {name: "Caption"}, {name: "Table", parent: "Caption"},
		{name: "Table_20_Contents"}, {name: "Intense_20_Quote"}, {name: "Text_20_body"},
	} {
		s.para[st.name] = st
	}
	for name, want := range map[string]model.ParaStyle{
		"P1": model.StyleQuote, "Table": model.StyleCaption, "Table_20_Contents": "", "Intense_20_Quote": model.StyleQuote,
		"Text_20_body": "", "missing": "",
	} {
		if got := s.paraStyle(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}
