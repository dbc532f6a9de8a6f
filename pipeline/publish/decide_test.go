package publish

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// TestAcceptChangesSaysHowMany: the agencies' changes update brought in
// are open items until accepted; --accept-changes accepts exactly those
// listed (the ones in source lines go with the lines) and the agencies'
// new words are published.
func TestAcceptChangesSaysHowMany(t *testing.T) {
	first := season()
	first.Awaited = nil
	up, err := update.Apply(renderDraft(t, analysed(first)), renderDraft(t, seasonV2()), update.Options{Now: time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	items, err := Review(up.DOCX)
	if err != nil {
		t.Fatal(err)
	}
	var changes []Item
	for _, it := range items {
		if it.Kind == TrackedChange {
			changes = append(changes, it)
		}
	}
	places := []string{}
	for _, c := range changes {
		if !slices.Contains(places, c.Where.String()) {
			places = append(places, c.Where.String())
		}
	}
	if want := []string{"7.1 Riverside Community Health Trust, Outcomes and Impact", "7.2 Northgate Borough Police, Agency Context"}; !slices.Equal(places, want) {
		t.Errorf("tracked changes listed at %q, want %q", places, want)
	}
	fresh := renderDraft(t, seasonV2())
	var re *RefusedError
	if _, err := Prepare(up.DOCX, fresh, Options{Allow: []Kind{PersonalData}}); !errors.As(err, &re) {
		t.Fatalf("tracked changes were not refused: %v", err)
	}
	res, err := Prepare(up.DOCX, fresh, Options{AcceptChanges: true, Allow: []Kind{PersonalData}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Accepted != len(changes) || res.Accepted == 0 {
		t.Errorf("accepted %d changes, but %d were listed", res.Accepted, len(changes))
	}
	doc := string(part(t, res.DOCX, mainPart))
	if strings.Contains(doc, "<w:ins ") || strings.Contains(doc, "<w:del ") {
		t.Error("tracked changes are left after accepting them")
	}
	v, _ := readDoc(res.DOCX)
	var text strings.Builder
	for _, n := range v.blocks() {
		text.WriteString(n.plain() + "\n")
	}
	if !strings.Contains(text.String(), rvOutcomeV2) || !strings.Contains(text.String(), ngContextV2) || strings.Contains(statementsPart(text.String()), "21.6%") {
		t.Errorf("after accepting, the agencies' new words are not what is published:\n%s", text.String())
	}
	if len(res.Edits) != 0 {
		t.Errorf("accepting the agencies' own changes is no edit of the reviewers', but the register has %+v", res.Edits)
	}
}

// TestAwaitedAndPersonalData: an agency still awaited and the possible
// personal data in the text are listed where they are, and published as
// they are only when allowed.
func TestAwaitedAndPersonalData(t *testing.T) {
	d := renderDraft(t, season())
	items, err := Review(d)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"personal data @ 7.1 Riverside Community Health Trust, Agency Context",
		"personal data @ 7.1 Riverside Community Health Trust, Agency Context",
		"statement awaited @ 7.3 Westmoor Academy Trust",
	}
	if got := kinds(items); !slices.Equal(got, want) {
		t.Errorf("open items:\n got %q\nwant %q", got, want)
	}
	var re *RefusedError
	if _, err := Prepare(d, d, Options{Allow: []Kind{PersonalData}}); !errors.As(err, &re) || len(re.Items) != 1 || re.Items[0].Kind != Awaited {
		t.Errorf("with the personal data allowed: %v, want the awaited statement refused", err)
	}
	res, err := Prepare(d, d, Options{Allow: []Kind{PersonalData, Awaited}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(part(t, res.DOCX, mainPart)), "This agency") {
		t.Error("the allowed awaited line is not published")
	}
	if len(res.Edits) != 0 {
		t.Errorf("an unedited draft has edits: %+v", res.Edits)
	}
	if _, err := Review([]byte("not a zip")); err == nil {
		t.Error("a file that is not a Word file was read")
	}
}

// TestUnplacedText: a block mapping could not place is an open item where
// it stands in the appendix; allowed, the appendix is published with it.
func TestUnplacedText(t *testing.T) {
	r := report(statement(riverside, "riverside-2026.docx",
		block{sec: model.SectionContext, text: rvContext},
		block{sec: model.SectionUnmapped, text: "Our thanks go to every member of staff who took part this year."},
	))
	d := renderDraft(t, r)
	items, err := Review(d)
	if err != nil {
		t.Fatal(err)
	}
	if got := kinds(items); !slices.Equal(got, []string{"text not placed @ 7.1 Riverside Community Health Trust: text not placed"}) {
		t.Errorf("open items: %q", got)
	}
	res, err := Prepare(d, d, Options{Allow: []Kind{Unplaced}})
	if err != nil {
		t.Fatal(err)
	}
	if doc := string(part(t, res.DOCX, mainPart)); !strings.Contains(doc, "Our thanks go to every member of staff") || strings.Contains(doc, "Source: ") {
		t.Error("the allowed appendix is not published as it is, without its source lines")
	}
}
