package analysis

import "testing"

// The rules of the held-out 25 round, each tried on sentences of neither
// held-out 25 nor the cases written before the rules
// (tuned/fenwick-standards.txt, tuned/gorsey-listends.txt).

// TestFigureStandardIsTarget: a standard or threshold the agency is held
// to is a target, worded "the X standard is N%" or "the N% X threshold";
// a standard named in brackets stays a comparator, "standard risk" is no
// standard.
func TestFigureStandardIsTarget(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Appraisals were complete for 88% of staff; the Board standard is 92%.",
			want: []string{"88%", "Appraisals", "staff", "achievement", "92%", "Board standard", "", "target"}},
		{text: "Files audited scored 76%, short of the 80% assurance threshold.",
			want: []string{"76%", "Files audited scored", "", "achievement", "80%", "assurance threshold", "", "target"}},
		{text: "The minimum requirement for supervision is 10 sessions a year.",
			want: []string{"10", "sessions a year", "", "target"}},
		{text: "Timeliness was 71% (national standard 85%).",
			want: []string{"71%", "Timeliness", "", "achievement", "85%", "national standard", "Timeliness", "achievement"}},
		{text: "We held 420 standard risk cases.",
			want: []string{"420", "standard risk cases", "", "achievement"}},
	})
}
