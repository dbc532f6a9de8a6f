package intake

import "testing"

func TestUniqueNameNumbersRepeats(t *testing.T) {
	seen := map[string]bool{}
	var got []string
	for _, n := range []string{"A.docx", "a.docx", "A.docx", "notes", "notes", "A (2).docx"} {
		got = append(got, uniqueName(n, seen))
	}
	want := []string{"A.docx", "a (2).docx", "A (3).docx", "notes", "notes (2)", "A (2) (2).docx"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("name %d: %q, want %q", i, got[i], want[i])
		}
	}
}
