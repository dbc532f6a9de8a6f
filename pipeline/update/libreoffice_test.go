package update

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// convert saves data through LibreOffice (testutil.OfficeConvert).
func convert(t testing.TB, data []byte, format string) []byte {
	t.Helper()
	return testutil.OfficeConvert(t, data, format)
}

// TestLibreOfficeEditedDraft saves the draft through LibreOffice, as a
// reviewer using it would, then updates it with a new version of one
// statement, a late statement and a withdrawn one.
func TestLibreOfficeEditedDraft(t *testing.T) {
	saved := convert(t, renderDraft(t, report(millbrookV1(), eastgate())), "docx")
	cur := report(millbrookV2(), oakfield())
	res, err := apply(saved, cur, Options{Now: when})
	if err != nil {
		t.Fatalf("a draft saved by LibreOffice: %v", err)
	}
	doc := part(t, res.DOCX, "word/document.xml")
	if got, want := texts(t, resolve(doc, false)), texts(t, part(t, saved, "word/document.xml")); !slices.Equal(got, want) {
		t.Errorf("rejecting all does not give LibreOffice's draft back:\n got %q\nwant %q", got, want)
	}
	accepted := texts(t, resolve(doc, true))
	want := []string{"7.1 Millbrook Youth Service", "Source: millbrook v2.docx, received 1 May 2026",
		"We trained 420 youth workers in recognising neglect this year.", "A new mentoring scheme paired 40 young people with volunteers.",
		"Course\tStaff\nNeglect\t420\nExploitation\t95", "7.2 Oakfield Academy Trust", "We will train every governor in safeguarding by December."}
	if miss := inOrder(accepted, want); miss != "" {
		t.Errorf("after accepting all, %q is missing or out of order:\n%q", miss, accepted)
	}
	for _, gone := range []string{"Eastgate Housing Trust manages 3,000 homes for families.", "7.2 Eastgate Housing Trust", "We will audit our referrals twice a year."} {
		if slices.Contains(accepted, gone) {
			t.Errorf("after accepting all, %q is still there", gone)
		}
	}
	if c := res.Changes[len(res.Changes)-1]; c.Status != Withdrawn || c.Deleted != 2 {
		t.Errorf("the withdrawn statement: %+v", c)
	}
	// The result opens in LibreOffice, and its tracked changes survive a save there.
	if pdf := convert(t, res.DOCX, "pdf"); len(pdf) == 0 {
		t.Error("LibreOffice made an empty PDF of the updated draft")
	}
	again := string(part(t, convert(t, res.DOCX, "docx"), "word/document.xml"))
	if !strings.Contains(again, `w:author="reportpipe"`) || !strings.Contains(again, "420") {
		t.Error("LibreOffice dropped reportpipe's tracked changes on saving")
	}
}
