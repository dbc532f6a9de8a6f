package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Table tests for issue 22 item 1: an inspection part ends where the
// statement proper begins, not at its first lead-in. Each case fails when
// the part stops at "Recommendations" or "Immediate:" as it used to.

func sections(ps []model.Placement) string {
	return sectionsString(ps)
}

func TestInspectionPartEndsWhereTheStatementBegins(t *testing.T) {
	cases := []struct {
		name string
		d    *model.Document
		want string // one letter per block: sectionsString
	}{
		{"headed: timescale lead-ins, their lists and the closing paragraphs stay", doc(
			h(1, "Oakmoor Police"),
			para("HMICFRS inspected the force in June and found that the force did not always assess risk to missing children."),
			bold("Recommendations"),
			para("Immediate:"),
			item("Review every missing child report within two hours."),
			para("Within three months:"),
			item("Agree an information sharing route with the council."),
			item("Train custody sergeants on the needs of children."),
			para("HMICFRS will revisit the force in six months to assess progress against these recommendations."),
			para("We are grateful to the officers and partners who helped."),
			para("HMICFRS thanks the force for its help with this inspection."),
			h(2, "Agency context"), para("Oakmoor Police serves 600,000 people."),
			h(2, "Safeguarding activity"), para("We trained every officer."),
		), "iiiiiiiiiiiccaa"},
		{"headed: a bold line naming a later section inside the part is the inspection's", doc(
			h(1, "Oakmoor Police"),
			para("HMICFRS inspected the force in June and judged it to require improvement."),
			bold("Areas for improvement"),
			item("The force should review every missing child report within two hours."),
			h(2, "Agency context"), para("Oakmoor Police serves 600,000 people."),
			h(2, "Safeguarding activity"), para("We trained every officer."),
		), "iiiiccaa"},
		{"headed: the same after a line with no inspection words", doc(
			h(1, "Oakmoor Police"),
			para("HMICFRS inspected the force in June and judged it to require improvement."),
			bold("Key concerns"),
			para("Officers do not always see the child. The force should:"),
			item("brief every response officer within three months;"),
			bold("Areas for improvement"),
			item("The force should review every missing child report within two hours."),
			h(2, "Agency context"), para("Oakmoor Police serves 600,000 people."),
			h(2, "Safeguarding activity"), para("We trained every officer."),
		), "iiiiiiiccaa"},
		{"headed: the part ends at a paragraph opening with the agency's name", doc(
			h(1, "Oakmoor Police"),
			para("HMICFRS inspected the force in June and judged it to require improvement."),
			para("Immediate:"),
			item("Review every missing child report within two hours."),
			para("Oakmoor Police serves a county of 600,000 people and is led by a chief constable."),
			h(2, "Safeguarding activity"), para("We trained every officer."),
		), "iiiicaa"},
		{"headingless: must and should lead-ins keep their lists; a plain paragraph starts the statement", doc(
			para("Northfield Hospital Trust"),
			para("The Care Quality Commission inspected the trust in March and rated it requires improvement."),
			para("Action the trust must take to improve:"),
			item("Ensure every child attending is checked against the information system."),
			para("Action the trust should take to improve:"),
			item("Consider a weekend safeguarding nurse."),
			para("CQC issued two requirement notices and will follow up on the actions the trust takes."),
			para("The trust runs an acute hospital of 700 beds and is led by a chief executive; the Chief Nurse is the safeguarding lead."),
			para("After the inspection we trained 300 doctors and added a check to the booking screen."),
		), "iiiiiiica"},
		{"a question lead-in keeps its list", doc(
			para("Linfield School"),
			para("Ofsted inspected the school in March and judged it good; safeguarding is effective."),
			para("What does the school need to do to improve further?"),
			item("Some records of concerns lack detail."),
			item("Not all governors have had training."),
			para("Linfield School is a primary school of 300 pupils led by its headteacher."),
			para("We trained all governors in May and changed how we record concerns."),
		), "iiiiica"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := mapDoc(t, c.d)
			if got := sections(ps); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
				for i, p := range ps {
					t.Logf("%d %s %.2f %s", i, p.Section, p.Confidence, p.Evidence)
				}
			}
		})
	}
}
