package rules

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// truthDoc is a Document built from a truth file, with the labels of its
// content blocks (nil for the inserted title and headings).
type truthDoc struct {
	name    string
	variant string
	doc     *model.Document
	labels  [][]string
}

func loadTruthDocs(t testing.TB) []truthDoc {
	t.Helper()
	dir := testutil.CorpusDir(t)
	truths, err := score.LoadTruth(dir)
	if err != nil || len(truths) == 0 {
		t.Fatalf("no truth files in %s: %v", dir, err)
	}
	var out []truthDoc
	for _, tf := range truths {
		if len(tf.Blocks) == 0 {
			continue
		}
		out = append(out, buildTruthDoc(tf, true))
	}
	return out
}

// buildTruthDoc turns a truth file into the Document an extractor would give:
// the title line, the section headings where the label changes (styled
// headings, or bold candidates for the "bold" variant) and the blocks.
// withHeadings false drops the section headings, to test mapping by meaning.
func buildTruthDoc(tf score.Truth, withHeadings bool) truthDoc {
	td := truthDoc{name: tf.File, variant: tf.Variant, doc: &model.Document{}}
	add := func(b model.Block, labels []string) {
		td.doc.Blocks = append(td.doc.Blocks, b)
		td.labels = append(td.labels, labels)
	}
	bold := tf.Variant == "bold"
	if tf.Title != "" {
		if tf.LabelledBy == "headings" && withHeadings {
			add(&model.Heading{Level: 1, Text: tf.Title, Candidate: bold}, nil)
		} else {
			add(&model.Paragraph{Text: tf.Title}, nil)
		}
	}
	next, cur := 0, ""
	for _, b := range tf.Blocks {
		if tf.LabelledBy == "headings" && withHeadings && b.Label != cur {
			for next < len(tf.Headings) {
				h := tf.Headings[next]
				next++
				level := 2
				if bold {
					level = 0
				}
				add(&model.Heading{Level: level, Text: h.Text, Candidate: bold}, nil)
				if h.Label != nil && *h.Label == b.Label {
					break
				}
			}
			cur = b.Label
		}
		add(truthBlockToModel(b), append([]string{b.Label}, b.AltLabels...))
	}
	for i, b := range td.doc.Blocks {
		model.SetIndex(b, i)
	}
	return td
}

// stripHeadings drops the section headings of a truth document (the title
// stays), as a headingless PDF of the same statement would read.
func stripHeadings(td truthDoc) truthDoc {
	out := truthDoc{name: td.name, variant: td.variant, doc: &model.Document{}}
	for i, b := range td.doc.Blocks {
		if _, ok := b.(*model.Heading); ok && i > 0 {
			continue
		}
		out.doc.Blocks = append(out.doc.Blocks, b)
		out.labels = append(out.labels, td.labels[i])
	}
	return out
}

func truthBlockToModel(b score.TruthBlock) model.Block {
	switch b.Kind {
	case "bullet":
		return &model.ListItem{Text: b.Text, Ordered: b.List == "ordered"}
	case "table":
		return &model.Table{Rows: b.Rows}
	}
	return &model.Paragraph{Text: b.Text}
}

var scoreWord = regexp.MustCompile(`[A-Za-z0-9£%]+(?:['’][A-Za-z]+)?`)

// accuracy is score-corpus's measure on a Document built from truth: the
// share of truth words whose block is placed in its label or an alt label.
func accuracy(td truthDoc, ps []model.Placement) float64 {
	var total, right int
	for i, labels := range td.labels {
		if labels == nil {
			continue
		}
		n := len(scoreWord.FindAllString(td.doc.Blocks[i].PlainText(), -1))
		total += n
		for _, l := range labels {
			if string(ps[i].Section) == l {
				right += n
				break
			}
		}
	}
	if total == 0 {
		return 1
	}
	return float64(right) / float64(total)
}

func defaultMapper(t testing.TB) *Mapper {
	t.Helper()
	tpl, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(tpl, 0.6)
}

// TestCorpusAccuracy maps every corpus statement, built from its ground
// truth, and checks the accuracy targets per variant (TestCorpusStripped
// reads the headed ones with their headings taken out).
func TestCorpusAccuracy(t *testing.T) {
	docs := loadTruthDocs(t)
	m := defaultMapper(t)
	targets := map[string]float64{"styled": 0.98, "bold": 0.98, "pdf": 0.98, "renamed": 0.95, "noheadings": 0.85}
	sums, counts := map[string]float64{}, map[string]int{}
	for _, td := range docs {
		ps, err := m.Map(context.Background(), td.doc)
		if err != nil {
			t.Fatal(err)
		}
		acc := accuracy(td, ps)
		t.Logf("%-11s %.3f  %s", td.variant, acc, td.name)
		sums[td.variant] += acc
		counts[td.variant]++
	}
	for v, target := range targets {
		if counts[v] == 0 {
			t.Errorf("no %s files in the corpus", v)
			continue
		}
		mean := sums[v] / float64(counts[v])
		t.Logf("variant %-11s n=%d accuracy %.3f (target %.2f)", v, counts[v], mean, target)
		if mean < target {
			t.Errorf("variant %s: accuracy %.3f below %.2f", v, mean, target)
		}
	}
}

// keepLabels keeps the title and the blocks labelled with one of labels.
func keepLabels(td truthDoc, labels []string) truthDoc {
	out := truthDoc{name: td.name, variant: "part", doc: &model.Document{}}
	for i, b := range td.doc.Blocks {
		if l := td.labels[i]; i == 0 || l != nil && slices.Contains(labels, l[0]) {
			out.doc.Blocks = append(out.doc.Blocks, b)
			out.labels = append(out.labels, td.labels[i])
		}
	}
	return out
}

func sectionsString(ps []model.Placement) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Section == model.SectionUnmapped {
			b.WriteByte('?')
		} else {
			b.WriteByte(string(p.Section)[0])
		}
	}
	return b.String()
}
