//go:build unix

package publish

import "testing"

// BenchmarkPrepare20 is the pure part of publishing 20 statements: the
// open items, the furniture, the register and the contents.
func BenchmarkPrepare20(b *testing.B) {
	d := renderDraft(b, season20())
	b.ResetTimer()
	for range b.N {
		if _, err := Prepare(d, d, Options{Allow: []Kind{PersonalData}}); err != nil {
			b.Fatal(err)
		}
	}
}
