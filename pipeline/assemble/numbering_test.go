package assemble

import (
	"slices"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestNumberingFromTheConfiguration(t *testing.T) {
	for _, tc := range []struct {
		name     string
		numbers  []int // agencies[].number of A, B, C, D
		ask      []string
		want     []string
		wantNext string // the number an unconfigured agency gets
	}{
		{"configured order", []int{0, 0, 0, 0}, []string{"D", "B"}, []string{"7.4", "7.2"}, "7.5"},
		{"starting at 5", []int{5, 0, 0, 0}, []string{"A", "C"}, []string{"7.5", "7.7"}, "7.9"},
		{"fixed numbers with gaps", []int{3, 1, 10, 0}, []string{"D", "C", "B"}, []string{"7.11", "7.10", "7.1"}, "7.12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ags []model.Agency
			for i, n := range tc.numbers {
				ags = append(ags, model.Agency{Name: string(rune('A' + i)), Number: n})
			}
			nb := NewNumbering(ags, "7")
			var got []string
			for _, a := range tc.ask {
				got = append(got, nb.Of(a))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("numbers %v, want %v", got, tc.want)
			}
			if n := nb.Of("Unconfigured Agency"); n != tc.wantNext {
				t.Errorf("an unconfigured agency is %s, want %s (after every configured number)", n, tc.wantNext)
			}
		})
	}
}

// Only the third and the first agency have sent a statement: they keep
// numbers 3 and 1, and the others are awaited as 7.2 and 7.4, so nothing
// moves when their statements arrive.
func TestNumbersDoNotShiftAsStatementsArrive(t *testing.T) {
	r := Assemble([]Mapped{
		mapped("subs/Hillside Housing statement.docx", day, "Hillside Housing Association", "Our year."),
		mapped("subs/Southend statement.docx", day, "Southend Borough Council", "Our year too."),
	}, Options{Agencies: riverside, StatementsNumber: "7"})
	var got []string
	for _, s := range r.Statements {
		got = append(got, s.Number+" "+s.Agency)
	}
	if want := []string{"7.1 Southend Borough Council", "7.3 Hillside Housing Association"}; !slices.Equal(got, want) {
		t.Errorf("statements %q, want %q", got, want)
	}
	aw := Awaited(r.Missing, riverside, "7")
	if want := []model.Awaited{{Agency: "South Essex Partnership Trust (SEPT)", Number: "7.2"}, {Agency: "Westbrook College", Number: "7.4"}}; !slices.Equal(aw, want) {
		t.Errorf("awaited %+v, want %+v", aw, want)
	}
}
