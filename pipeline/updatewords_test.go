package pipeline

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/html"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// TestUpdatePageShowsTheAgencysWords: the update's review page shows a
// clash's change word by word against the agency's old text, as the
// tracked changes in the draft do, and a plain change against the text it
// replaced.
func TestUpdatePageShowsTheAgencysWords(t *testing.T) {
	changes := []update.Change{{Agency: "Harbour Community Trust", Status: update.NewVersion, Conflicts: 1, Changed: 1, Blocks: []update.BlockChange{
		{Outcome: update.BlockConflict, Section: "outcomes", Old: "Referrals rose by 21.6% on last year, the reviewers note.",
			New: "Referrals rose by 23.4% on last year.", Was: "Referrals rose by 21.6% on last year."},
		{Outcome: update.BlockChanged, Section: "activity", Old: "We trained 380 staff.", New: "We trained 420 staff."},
	}}}
	r := &model.Report{Meta: model.ReportMeta{Title: "Annual Report", GeneratedAt: time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)},
		Statements: []*model.Statement{{Agency: "Harbour Community Trust", Number: "7.1"}}}
	var page bytes.Buffer
	if err := html.New(html.Options{Update: updateSummary("edited.docx", "updated.docx", changes)}).Render(&page, r); err != nil {
		t.Fatal(err)
	}
	got := page.String()
	for _, want := range []string{"<del>21.6%</del><ins>23.4%</ins>", "<del>380</del><ins>420</ins>"} {
		if !strings.Contains(got, want) {
			t.Errorf("the review page lacks %s", want)
		}
	}
	if strings.Contains(got, "<del>, the reviewers note</del>") {
		t.Error("a clash's words are shown against the reviewer's text, not the agency's old text")
	}
}
