package render

import (
	"fmt"
	"io"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// BenchmarkRender renders synthetic reports of 22 statements (the size of
// the shared corpus) and of 1,000, in each format, to io.Discard.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{22, 1000} {
		r := fixture.Synthetic(n)
		for _, rd := range All(Options{}) {
			b.Run(fmt.Sprintf("%s/statements=%d", rd.Ext(), n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := rd.Render(io.Discard, r); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkWriteAll writes the whole set to disk, as a run does.
func BenchmarkWriteAll(b *testing.B) {
	for _, n := range []int{22, 1000} {
		r := fixture.Synthetic(n)
		b.Run(fmt.Sprintf("statements=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := WriteAll(dir, "bench", fixture.GeneratedAt, r, All(Options{})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
