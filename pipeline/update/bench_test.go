package update

import "testing"

// BenchmarkApply updates a two-statement draft with a new version and a
// late statement.
func BenchmarkApply(b *testing.B) {
	draft := renderDraft(b, report(millbrookV1(), eastgate()))
	for b.Loop() {
		if _, err := apply(draft, report(millbrookV2(), oakfield(), eastgate()), Options{Now: when}); err != nil {
			b.Fatal(err)
		}
	}
}
