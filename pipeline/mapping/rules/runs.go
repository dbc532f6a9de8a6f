package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// listRuns returns, for blocks[a:b], the run each block belongs to: a run is
// a stretch of consecutive list items together with the lead-in before it (a
// paragraph ending in ":"). Every other block is a run of its own. Runs are
// numbered from 0 in order.
func listRuns(blocks []model.Block, a, b int) []int {
	run := make([]int, b-a)
	cur := -1
	for i := a; i < b; i++ {
		_, isItem := blocks[i].(*model.ListItem)
		joins := false
		if i > a {
			_, prevItem := blocks[i-1].(*model.ListItem)
			leadIn := strings.HasSuffix(strings.TrimSpace(blocks[i-1].PlainText()), ":")
			joins = isItem && (prevItem || leadIn)
		}
		if !joins {
			cur++
		}
		run[i-a] = cur
	}
	return run
}

// pooled lends each block of a run a share of the mean cue score of the
// other blocks in its run, so the items of one list lean together: a list
// usually belongs to one section, and an item with no cue of its own ("Neglect")
// takes its meaning from its siblings.
func pooled(hits []cueHits, run []int, share float64) [][]float64 {
	k := 0
	if len(hits) > 0 {
		k = len(hits[0].score)
	}
	sum := map[int][]float64{}
	size := map[int]int{}
	for i, h := range hits {
		if sum[run[i]] == nil {
			sum[run[i]] = make([]float64, k)
		}
		for s, v := range h.score {
			sum[run[i]][s] += v
		}
		size[run[i]]++
	}
	out := make([][]float64, len(hits))
	for i, h := range hits {
		out[i] = append([]float64(nil), h.score...)
		if n := size[run[i]]; n > 1 && share > 0 {
			for s := range out[i] {
				out[i][s] += share * (sum[run[i]][s] - h.score[s]) / float64(n-1)
			}
		}
	}
	return out
}

// positions returns where each block of blocks[a:b] stands in the stretch,
// from 0 (first) to 1 (last): by its index, mixed with the share of the
// stretch's words before its middle (byWords 0..1), so a long list of short
// items does not stretch the document's idea of "half way".
func positions(blocks []model.Block, a, b int, byWords float64) []float64 {
	n := b - a
	out := make([]float64, n)
	words := make([]float64, n)
	total := 0.0
	for i := range n {
		words[i] = float64(max(1, wordCount(blocks[a+i].PlainText())))
		total += words[i]
	}
	before := 0.0
	for i := range n {
		idx := 0.0
		if n > 1 {
			idx = float64(i) / float64(n-1)
		}
		w := (before + words[i]/2) / total
		out[i] = (1-byWords)*idx + byWords*w
		before += words[i]
	}
	return out
}
