package rules

import (
	"context"
	"testing"
)

// BenchmarkMapCorpus maps every corpus document (built from its truth) once
// per iteration; the target is under 50 ms per iteration.
func BenchmarkMapCorpus(b *testing.B) {
	docs := loadTruthDocs(b)
	m := defaultMapper(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for _, td := range docs {
			if _, err := m.Map(ctx, td.doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMapCorpusHeadless is the same with the headings removed, so every
// block goes through the meaning mapper (the slow path).
func BenchmarkMapCorpusHeadless(b *testing.B) {
	var docs []truthDoc
	for _, td := range loadTruthDocs(b) {
		docs = append(docs, stripHeadings(td))
	}
	m := defaultMapper(b)
	ctx := context.Background()
	for b.Loop() {
		for _, td := range docs {
			if _, err := m.Map(ctx, td.doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
