package rules

import "testing"

// Fictional sign-off lines (no set's wording) and lines that end a
// statement's plans but are content: signOffKind must tell them apart.
func TestSignOffKind(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Professor Lena Marsh, Chair of the Governing Body, 3 July 2020", true},
		{"Tom Adeyemi, Head of Service", true},
		{"Agreed by the management committee on 12 June 2020.", true},
		{"Signed for and on behalf of Tarnby Hospice by its Chief Executive.", true},
		{"If you have any questions about this statement, please contact our safeguarding adviser.", true},
		{"For further details please write to the Clerk at the Town Hall.", true},
		// content, not sign-offs
		{"We will finish the audit of case files by July 2020.", false},
		{"The service will be reviewed by the board in June 2021.", false},
		{"Leeds, Bradford and Wakefield", false},
		{"Train every duty manager, with a refresher for the Head of Service.", false},
		{"Approve the new policy at the board in September.", false},
		{"The board approved our plan to recruit two more advisers.", false},
	} {
		if got := signOffKind(c.text) != ""; got != c.want {
			t.Errorf("signOffKind(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// signoff.go through the mapper: a signature and an approval line that end
// a statement go to unmapped, flagged; the same words of a plan inside the
// statement stay in their section.
func TestSignOffEndingAStatement(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Tarnby Hospice"),
		h(2, "Agency context"), para("Tarnby Hospice cares for 600 patients and their families each year."),
		h(2, "Areas for development"), para("We will finish the audit of case files by July 2020."),
		para("Professor Lena Marsh, Chair of Trustees, 3 July 2020"),
		para("Agreed by the board of trustees on 10 July 2020."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "development/s", "development/c", "unmapped/c", "unmapped/c")
	checkFlagged(t, ps, 5, 6)
}
