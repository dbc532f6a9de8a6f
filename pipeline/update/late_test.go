package update

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// TestLateStatementTakesItsPlace: a statement that was awaited arrives;
// after Accept All the agency appears exactly once, in its place, with no
// awaited line left, and the lines outside the statements that name it
// (the list of agencies with no statement) carry a comment to check them.
func TestLateStatementTakesItsPlace(t *testing.T) {
	before := report(eastgate())
	before.Awaited = []model.Awaited{{Agency: "Oakfield Academy Trust", Number: "7.2"}}
	before.Missing = []string{"Oakfield Academy Trust"}
	draft := renderDraft(t, before)
	if got := strings.Count(strings.Join(texts(t, part(t, draft, "word/document.xml")), "\n"), layout.AwaitedText); got != 1 {
		t.Fatalf("the draft should keep Oakfield's place with one awaited line, has %d", got)
	}
	res, err := apply(draft, report(eastgate(), oakfield()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	out := part(t, res.DOCX, "word/document.xml")
	accepted := afterContents(texts(t, resolve(out, true)))
	heads := 0
	for _, s := range accepted {
		if s == "7.2 Oakfield Academy Trust" {
			heads++
		}
		if s == layout.AwaitedText {
			t.Error("an awaited line is left after accepting all")
		}
	}
	if heads != 1 {
		t.Errorf("Oakfield's heading appears %d times after accepting all, want once:\n%q", heads, accepted)
	}
	want := []string{"7.1 Eastgate Housing Trust", "Eastgate Housing Trust manages 3,000 homes for families.",
		"7.2 Oakfield Academy Trust", "Oakfield Academy Trust runs four primary schools."}
	if miss := inOrder(accepted, want); miss != "" {
		t.Errorf("after accepting all, %q is missing or out of order:\n%q", miss, accepted)
	}
	rejected := afterContents(texts(t, resolve(out, false)))
	if miss := inOrder(rejected, []string{"7.2 Oakfield Academy Trust", layout.AwaitedText}); miss != "" {
		t.Errorf("rejecting all does not give the awaited place back: %q missing\n%q", miss, rejected)
	}
	comments := string(part(t, res.DOCX, "word/comments.xml"))
	if !strings.Contains(comments, "statement was awaited. The statement has now arrived") {
		t.Error("the list of agencies with no statement carries no comment to check it")
	}
	if c := res.Changes[1]; c.Status != Arrived || c.Inserted != 2 || c.Deleted != 0 {
		t.Errorf("the late statement is not counted once as 2 inserted blocks: %+v", c)
	}
}
