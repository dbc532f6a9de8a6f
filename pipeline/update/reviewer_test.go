package update

import (
	"slices"
	"strings"
	"testing"
)

// reviewerEdits edits document.xml the way a reviewer in Word does: one
// paragraph reworded, one deleted, one of their own added, a comment on
// another, and their own tracked insertion in a third.
func reviewerEdits(t *testing.T, doc string) string {
	t.Helper()
	must := func(old, new string) {
		t.Helper()
		if !strings.Contains(doc, old) {
			t.Fatalf("the draft lacks %q", old)
		}
		doc = strings.Replace(doc, old, new, 1)
	}
	// Reworded: the very paragraph whose figure the agency corrects (a conflict).
	must("We trained 380 youth workers in recognising neglect this year.", "This year we trained 380 youth workers to recognise neglect.")
	// Deleted whole.
	cut := paraWith(t, doc, "We will audit our referrals twice a year.")
	must(cut, "")
	// Their own paragraph, and a comment on an untouched one.
	must("</w:body>", "</w:body>") // (the body stays)
	own := `<w:p><w:r><w:t>Board note: figures to be confirmed with the agency.</w:t></w:r></w:p>`
	hous := paraWith(t, doc, "Housing officers completed safeguarding training in March.")
	must(hous, hous+own)
	ctxPara := paraWith(t, doc, "Eastgate Housing Trust manages 3,000 homes for families.")
	commented := strings.Replace(ctxPara, "<w:r>", `<w:commentRangeStart w:id="900"/><w:r>`, 1)
	commented = strings.Replace(commented, "</w:p>", `<w:commentRangeEnd w:id="900"/><w:r><w:commentReference w:id="900"/></w:r></w:p>`, 1)
	must(ctxPara, commented)
	// Their own tracked change in the Millbrook context paragraph.
	must("runs six youth centres across the borough.", `runs six youth centres across the borough.</w:t></w:r><w:ins w:id="901" w:author="A Reviewer" w:date="2026-06-10T09:00:00Z"><w:r><w:t xml:space="preserve"> (five from April)</w:t></w:r></w:ins><w:r><w:t>`)
	return doc
}

// paraWith is the whole w:p holding text.
func paraWith(t *testing.T, doc, text string) string {
	t.Helper()
	at := strings.Index(doc, text)
	if at < 0 {
		t.Fatalf("no paragraph holds %q", text)
	}
	start := strings.LastIndex(doc[:at], "<w:p>")
	end := strings.Index(doc[at:], "</w:p>")
	return doc[start : at+end+len("</w:p>")]
}

func addComment(t *testing.T, comments []byte) []byte {
	t.Helper()
	c := `<w:comment w:id="900" w:author="A Reviewer" w:date="2026-06-10T09:00:00Z"><w:p><w:r><w:t>Check the number of homes.</w:t></w:r></w:p></w:comment></w:comments>`
	return []byte(strings.Replace(string(comments), "</w:comments>", c, 1))
}

func TestReviewersWorkIsKept(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1(), eastgate()))
	edited := reviewerEdits(t, string(part(t, draft, "word/document.xml")))
	ed := withPart(t, draft, "word/document.xml", []byte(edited))
	ed = withPart(t, ed, "word/comments.xml", addComment(t, part(t, draft, "word/comments.xml")))

	cur := report(millbrookV2(), oakfield(), eastgate())
	res, err := apply(ed, cur, Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(part(t, res.DOCX, "word/document.xml"))
	// The reviewers' own words, comment and tracked change are all there, byte for byte.
	for _, keep := range []string{
		"This year we trained 380 youth workers to recognise neglect.",
		`<w:p><w:r><w:t>Board note: figures to be confirmed with the agency.</w:t></w:r></w:p>`,
		`<w:commentRangeStart w:id="900"/>`, `<w:commentReference w:id="900"/>`,
		`<w:ins w:id="901" w:author="A Reviewer" w:date="2026-06-10T09:00:00Z"><w:r><w:t xml:space="preserve"> (five from April)</w:t></w:r></w:ins>`,
	} {
		if !strings.Contains(doc, keep) {
			t.Errorf("the reviewers' %q is gone", keep)
		}
	}
	if !strings.Contains(string(part(t, res.DOCX, "word/comments.xml")), "Check the number of homes.") {
		t.Error("the reviewer's comment is gone from comments.xml")
	}
	// Rejecting reportpipe's changes gives the reviewers' document back.
	if got, want := texts(t, resolve([]byte(doc), false)), texts(t, []byte(edited)); !slices.Equal(got, want) {
		t.Errorf("rejecting all does not give the edited draft back:\n got %q\nwant %q", got, want)
	}
	// Accepted, the untouched paragraphs read as the new statements; the
	// late statement is all there, in its place.
	got := texts(t, resolve([]byte(doc), true))
	want := []string{"A new mentoring scheme paired 40 young people with volunteers.", "Course\tStaff\nNeglect\t420\nExploitation\t95",
		"7.2 Oakfield Academy Trust", "Oakfield Academy Trust runs four primary schools.", "We will train every governor in safeguarding by December.",
		"7.3 Eastgate Housing Trust"}
	if miss := inOrder(got, want); miss != "" {
		t.Errorf("after accepting all, %q is missing or out of order:\n%q", miss, got)
	}
	if slices.Contains(got, "We will audit our referrals twice a year.") {
		t.Error("a paragraph the reviewer deleted came back")
	}
	// The conflict: the reviewer's paragraph kept, the agency's after it, with a comment.
	ri := slices.Index(got, "This year we trained 380 youth workers to recognise neglect.")
	if ri < 0 || ri+1 >= len(got) || got[ri+1] != "We trained 420 youth workers in recognising neglect this year." {
		t.Errorf("the agency's corrected paragraph does not follow the reviewer's edited one: %q", got)
	}
	comments := string(part(t, res.DOCX, "word/comments.xml"))
	if !strings.Contains(comments, `w:author="reportpipe"`) || !strings.Contains(comments, "words were not merged") {
		t.Errorf("no conflict comment by reportpipe:\n%s", comments)
	}
	t.Logf("changes: %+v", res.Changes)
}

// inOrder returns the first of want not found in got after the one before.
func inOrder(got, want []string) string {
	i := 0
	for _, w := range want {
		j := slices.Index(got[i:], w)
		if j < 0 {
			return w
		}
		i += j + 1
	}
	return ""
}
