package update

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

var when = time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)

const (
	ctx = model.SectionContext
	act = model.SectionActivity
	dev = model.SectionDevelopment
)

func millbrookV1() *model.Statement {
	return statement("Millbrook Youth Service", "millbrook v1.docx", "aaa1",
		block{sec: ctx, text: "Millbrook Youth Service runs six youth centres across the borough."},
		block{sec: act, text: "We trained 380 youth workers in recognising neglect this year."},
		block{sec: act, text: "Detached youth work reached 1,200 young people.", kind: "item"},
		block{sec: act, text: "Course|Staff/Neglect|380/Exploitation|95", kind: "table"},
		block{sec: dev, text: "We will audit our referrals twice a year."},
	)
}

func millbrookV2() *model.Statement {
	return statement("Millbrook Youth Service", "millbrook v2.docx", "aaa2",
		block{sec: ctx, text: "Millbrook Youth Service runs six youth centres across the borough."},
		block{sec: act, text: "We trained 420 youth workers in recognising neglect this year."},
		block{sec: act, text: "Detached youth work reached 1,200 young people.", kind: "item"},
		block{sec: act, text: "A new mentoring scheme paired 40 young people with volunteers.", kind: "item"},
		block{sec: act, text: "Course|Staff/Neglect|420/Exploitation|95", kind: "table"},
	)
}

func eastgate() *model.Statement {
	return statement("Eastgate Housing Trust", "eastgate.docx", "bbb1",
		block{sec: ctx, text: "Eastgate Housing Trust manages 3,000 homes for families."},
		block{sec: act, text: "Housing officers completed safeguarding training in March."},
	)
}

func oakfield() *model.Statement {
	return statement("Oakfield Academy Trust", "oakfield late.docx", "ccc1",
		block{sec: ctx, text: "Oakfield Academy Trust runs four primary schools."},
		block{sec: dev, text: "We will train every governor in safeguarding by December."},
	)
}

func TestNewVersionAsTrackedChanges(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1(), eastgate()))
	cur := report(millbrookV2(), eastgate())
	res, err := apply(draft, cur, Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	doc := part(t, res.DOCX, "word/document.xml")
	if err := checkWellFormed(doc); err != nil {
		t.Fatalf("updated document.xml is not well-formed: %v", err)
	}
	// Rejecting every change gives the draft back; accepting them, the new statement.
	if got, want := texts(t, resolve(doc, false)), texts(t, part(t, draft, "word/document.xml")); !slices.Equal(got, want) {
		t.Errorf("rejecting all does not give the draft back:\n got %q\nwant %q", got, want)
	}
	fresh := texts(t, part(t, renderDraft(t, cur), "word/document.xml"))
	if got := texts(t, resolve(doc, true)); !slices.Equal(got, fresh) {
		t.Errorf("accepting all does not give the new statement:\n got %q\nwant %q", got, fresh)
	}
	// A corrected figure is one deletion and one insertion.
	if !strings.Contains(string(doc), `<w:delText xml:space="preserve">380</w:delText>`) ||
		!strings.Contains(string(doc), `<w:t xml:space="preserve">420</w:t></w:r></w:ins>`) {
		t.Error("the corrected figure is not one deletion of 380 and one insertion of 420")
	}
	ch := res.Changes[0]
	if ch.Status != NewVersion || ch.Changed != 2 || ch.Inserted != 1 || ch.Deleted != 1 || res.Changes[1].Status != Unchanged {
		t.Errorf("changes %+v", res.Changes)
	}
}

func checkWellFormed(doc []byte) error {
	_, err := scan(doc)
	return err
}

func TestRefusesWhatIsNotADraft(t *testing.T) {
	if _, err := apply([]byte("not a zip"), report(eastgate()), Options{Now: when}); !errors.Is(err, ErrNotDraft) {
		t.Errorf("a non-DOCX: %v, want ErrNotDraft", err)
	}
	draft := renderDraft(t, report(eastgate()))
	// A copy pasted into a new document keeps the record's part only if
	// copied whole; without the bookmarks nothing can be matched.
	stripped := withPart(t, draft, "word/document.xml", bookmarks.ReplaceAll(part(t, draft, "word/document.xml"), nil))
	if _, err := apply(stripped, report(eastgate()), Options{Now: when}); !errors.Is(err, ErrUnmatched) {
		t.Errorf("a draft without its bookmarks: %v, want ErrUnmatched", err)
	}
	if _, err := apply(draft, report(oakfield()), Options{Now: when}); !errors.Is(err, ErrUnmatched) {
		t.Errorf("a draft none of whose agencies is current: %v, want ErrUnmatched", err)
	}
	noRecord := withPart(t, draft, "customXml/item1.xml", []byte(`<?xml version="1.0"?><other/>`))
	if _, err := apply(noRecord, report(eastgate()), Options{Now: when}); !errors.Is(err, ErrNotDraft) {
		t.Errorf("a DOCX without a record: %v, want ErrNotDraft", err)
	}
}

// TestLateStatementKeepsItsNotes: the comments a fresh draft puts on a
// statement (here a placement mapping was unsure of) come with it.
func TestLateStatementKeepsItsNotes(t *testing.T) {
	draft := renderDraft(t, report(eastgate()))
	late := statement("Oakfield Academy Trust", "oakfield late.docx", "ccc1",
		block{sec: ctx, text: "Oakfield Academy Trust runs four primary schools."},
		block{sec: dev, text: "Governors will be trained in safeguarding.", conf: 0.3})
	res, err := apply(draft, report(eastgate(), late), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(part(t, res.DOCX, "word/document.xml"))
	p := paraWith(t, doc, "Governors will be trained in safeguarding.")
	m := commentStart.FindStringSubmatch(p)
	if m == nil {
		t.Fatalf("the unsure placement lost its comment:\n%s", p)
	}
	comments := string(part(t, res.DOCX, "word/comments.xml"))
	if !strings.Contains(comments, `<w:comment w:id="`+m[1]+`"`) || strings.Count(comments, `w:id="`+m[1]+`"`) != 1 {
		t.Errorf("comment %s is not in comments.xml exactly once:\n%s", m[1], comments)
	}
}

var commentStart = regexp.MustCompile(`<w:commentRangeStart w:id="([0-9]+)"/>`)

// TestIDsAreUnique: every w:id the update writes on a change, comment or
// bookmark is new, so Word can tell them apart.
func TestIDsAreUnique(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1(), eastgate()))
	res, err := apply(draft, report(millbrookV2(), oakfield(), eastgate()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(part(t, res.DOCX, "word/document.xml"))
	seen := map[string]string{}
	for _, m := range annotationID.FindAllStringSubmatch(doc, -1) {
		kind, id := m[1], m[2]
		if kind == "bookmarkEnd" || kind == "commentRangeEnd" || kind == "commentReference" {
			continue // these repeat the id of their start
		}
		if other, dup := seen[id]; dup {
			t.Errorf("w:id %s is used by a %s and a %s", id, other, kind)
		}
		seen[id] = kind
	}
}

var annotationID = regexp.MustCompile(`<w:(ins|del|bookmarkStart|bookmarkEnd|commentRangeStart|commentRangeEnd|commentReference) w:id="([0-9]+)"`)

// TestUnchangedStatementsStayUntouched: text with tabs, line breaks,
// markup characters and a control character a PDF left in reads back as
// written, so an update with nothing new changes nothing.
func TestUnchangedStatementsStayUntouched(t *testing.T) {
	tricky := func() *model.Statement {
		return statement("Eastgate Housing Trust", "eastgate.pdf", "bbb1",
			block{sec: ctx, text: "Line one\nLine two\twith a tab & a <tag>."},
			block{sec: act, text: "Windows line\r\nend and a bell\x07 character."},
			block{sec: act, text: "Team|Cases/North\nand East|12", kind: "table"})
	}
	draft := renderDraft(t, report(tricky()))
	res, err := apply(draft, report(tricky()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Changes[0]; c.Status != Unchanged {
		t.Errorf("an unchanged statement was changed: %+v", c)
	}
	if doc := part(t, res.DOCX, "word/document.xml"); !bytes.Equal(doc, part(t, draft, "word/document.xml")) {
		t.Error("document.xml changed though nothing did")
	}
}

// TestSecondUpdateAfterReview: once the reviewers have accepted the first
// update's changes, a later version updates again, word by word, because
// the first update rewrote the draft's record.
func TestSecondUpdateAfterReview(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1(), eastgate()))
	first, err := apply(draft, report(millbrookV2(), oakfield(), eastgate()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	reviewed := withPart(t, first.DOCX, "word/document.xml", resolve(part(t, first.DOCX, "word/document.xml"), true))
	v3 := millbrookV2()
	v3.Documents[0].Source.SHA256 = "aaa3"
	v3.Placements[len(v3.Placements)-2].Block.(*model.ListItem).Text = "A new mentoring scheme paired 45 young people with volunteers."
	second, err := apply(reviewed, report(v3, oakfield(), eastgate()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(part(t, second.DOCX, "word/document.xml"))
	if c := second.Changes[0]; c.Status != NewVersion || c.Changed != 1 || c.Conflicts+c.Inserted+c.Deleted != 0 {
		t.Errorf("second update of Millbrook: %+v, want one block changed", c)
	}
	if !strings.Contains(doc, `<w:delText xml:space="preserve">40</w:delText>`) || second.Changes[1].Status != Unchanged {
		t.Errorf("the second update is not a word-level change of 40 to 45: %+v", second.Changes)
	}
}

// TestSecondUpdateBeforeReview: a paragraph whose earlier changes by
// reportpipe are not yet reviewed is not merged again; the newest version
// is inserted after it with a comment that says why.
func TestSecondUpdateBeforeReview(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1()))
	first, err := apply(draft, report(millbrookV2()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	v3 := millbrookV2()
	v3.Placements[1].Block.(*model.Paragraph).Text = "We trained 425 youth workers in recognising neglect this year."
	second, err := apply(first.DOCX, report(v3), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(part(t, second.DOCX, "word/comments.xml")), "earlier changes to it are still to be accepted or rejected") {
		t.Error("no comment says reportpipe's earlier changes are still to be reviewed")
	}
	if c := second.Changes[0]; c.Conflicts != 1 {
		t.Errorf("changes %+v, want the one paragraph as a conflict", c)
	}
}

// TestLateTextNotPlaced: a late statement with text mapping could not
// place, into a draft without that appendix: the appendix is inserted, with
// its heading, before the appendix of submissions not used.
func TestLateTextNotPlaced(t *testing.T) {
	draft := renderDraft(t, report(eastgate()))
	late := statement("Oakfield Academy Trust", "oakfield late.docx", "ccc1",
		block{sec: ctx, text: "Oakfield Academy Trust runs four primary schools."},
		block{sec: model.SectionUnmapped, text: "Photographs from the sports day are with the office."})
	res, err := apply(draft, report(eastgate(), late), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	// The contents' pre-rendered lines are not updated (Word fills them in
	// when its fields are updated), so the comparison starts after them.
	got := afterContents(texts(t, resolve(part(t, res.DOCX, "word/document.xml"), true)))
	want := afterContents(texts(t, part(t, renderDraft(t, report(eastgate(), late)), "word/document.xml")))
	if miss := inOrder(got, []string{"Appendix: text not placed in a section", "7.2 Oakfield Academy Trust: text not placed",
		"Photographs from the sports day are with the office.", "Appendix: submissions not used"}); miss != "" {
		t.Errorf("after accepting all, %q is missing or out of order:\n%q", miss, got)
	}
	if len(got) != len(want) {
		t.Errorf("accepted, the draft has %d blocks, a fresh one %d:\n got %q\nwant %q", len(got), len(want), got, want)
	}
}
