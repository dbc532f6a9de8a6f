package pdf

import (
	"math"
	"sort"
)

func sizeKey(s float64) float64    { return math.Round(s*2) / 2 }
func clusterKey(x float64) float64 { return math.Round(x / 4) }

// headingLevels numbers the distinct heading sizes, largest first: the
// largest is level 1.
func headingLevels(drafts []any) map[float64]int {
	seen := map[float64]bool{}
	var sizes []float64
	for _, d := range drafts {
		if dr, ok := d.(*draft); ok && dr.Kind == kHead {
			k := sizeKey(dr.First.Size)
			if !seen[k] {
				seen[k] = true
				sizes = append(sizes, k)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(sizes)))
	out := map[float64]int{}
	for i, s := range sizes {
		out[s] = i + 1
	}
	return out
}

// listDepths numbers the distinct marker indents of list items, leftmost
// first: the leftmost is depth 0.
func listDepths(drafts []any) map[float64]int {
	seen := map[float64]bool{}
	var xs []float64
	for _, d := range drafts {
		if dr, ok := d.(*draft); ok && dr.Kind == kList {
			k := clusterKey(dr.First.X0)
			if !seen[k] {
				seen[k] = true
				xs = append(xs, k)
			}
		}
	}
	sort.Float64s(xs)
	out := map[float64]int{}
	for i, x := range xs {
		out[x] = i
	}
	return out
}
