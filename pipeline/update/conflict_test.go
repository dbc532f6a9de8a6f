package update

import (
	"slices"
	"strings"
	"testing"
)

// TestDeletedAndRemovedParagraphs: a paragraph the reviewer deleted and
// the agency changed is offered again as an insertion with a comment; one
// the reviewer edited and the agency removed is kept with a comment.
func TestDeletedAndRemovedParagraphs(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1()))
	doc := string(part(t, draft, "word/document.xml"))
	doc = strings.Replace(doc, paraWith(t, doc, "We trained 380 youth workers in recognising neglect this year."), "", 1)
	doc = strings.Replace(doc, "We will audit our referrals twice a year.", "We will audit our referrals every quarter.", 1)
	edited := withPart(t, draft, "word/document.xml", []byte(doc))

	res, err := apply(edited, report(millbrookV2()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	out := string(part(t, res.DOCX, "word/document.xml"))
	comments := string(part(t, res.DOCX, "word/comments.xml"))
	offered := paraWith(t, out, "We trained 420 youth workers")
	if !ourInsWrapRE.MatchString(offered) || !strings.Contains(offered, "<w:commentRangeStart") {
		t.Errorf("the changed paragraph the reviewer had deleted is not offered as a commented insertion:\n%s", offered)
	}
	kept := paraWith(t, out, "We will audit our referrals every quarter.")
	if strings.Contains(kept, "<w:del ") || strings.Contains(kept, "<w:ins ") {
		t.Errorf("the reviewer's edited paragraph was changed:\n%s", kept)
	}
	if !strings.Contains(kept, "<w:commentRangeStart") {
		t.Errorf("the edited paragraph the agency removed has no comment:\n%s", kept)
	}
	for _, note := range []string{"had been deleted from this draft", "no longer has this paragraph"} {
		if !strings.Contains(comments, note) {
			t.Errorf("no comment says %q", note)
		}
	}
	if got := texts(t, resolve([]byte(out), true)); !slices.Contains(got, "We will audit our referrals every quarter.") {
		t.Error("accepting all removed the reviewer's paragraph")
	}
	if c := res.Changes[0]; c.Conflicts != 1 || c.Kept != 1 {
		t.Errorf("changes %+v, want 1 conflict and 1 kept", c)
	}
}
