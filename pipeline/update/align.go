package update

import "github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"

// pair links an entry of the edited draft's record (old) with one of the
// fresh draft's (new); -1 on one side is a paragraph only the other has.
// same says the two are the same text in the same place.
type pair struct {
	old, new int
	same     bool
}

func key(e provenance.Entry) string { return e.Kind + "|" + e.Section + "|" + e.Hash }

// align lines up the old and new entries of one statement: the longest
// common run of unchanged paragraphs first, then, between two unchanged
// ones, each new paragraph with the first old one of its kind and section
// that it resembles (a changed paragraph). The pairs come in the new
// order, each unpaired old entry before the new ones that follow it.
func align(old, new []provenance.Entry, oldText func(int) (string, bool), newText func(int) string) []pair {
	lcs := make([][]int, len(old)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(new)+1)
	}
	for i := len(old) - 1; i >= 0; i-- {
		for j := len(new) - 1; j >= 0; j-- {
			if key(old[i]) == key(new[j]) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []pair
	var gapOld, gapNew []int
	flush := func() {
		out = append(out, pairGap(old, new, gapOld, gapNew, oldText, newText)...)
		gapOld, gapNew = gapOld[:0], gapNew[:0]
	}
	i, j := 0, 0
	for i < len(old) || j < len(new) {
		switch {
		case i < len(old) && j < len(new) && key(old[i]) == key(new[j]):
			flush()
			out = append(out, pair{old: i, new: j, same: true})
			i, j = i+1, j+1
		case j < len(new) && (i == len(old) || lcs[i][j+1] >= lcs[i+1][j]):
			gapNew = append(gapNew, j)
			j++
		default:
			gapOld = append(gapOld, i)
			i++
		}
	}
	flush()
	return out
}

// pairGap pairs the old and new entries between two unchanged ones: by
// resemblance, or, when both sides have as many, by position (an old
// paragraph a reviewer deleted or reworded cannot be compared).
func pairGap(old, new []provenance.Entry, gapOld, gapNew []int, oldText func(int) (string, bool), newText func(int) string) []pair {
	used := make([]bool, len(gapOld))
	next := 0 // pairs keep their order: an old entry before next is not taken
	var out []pair
	for jn, n := range gapNew {
		match := -1
		for io := next; io < len(gapOld); io++ {
			o := gapOld[io]
			if used[io] || old[o].Kind != new[n].Kind || old[o].Section != new[n].Section {
				continue
			}
			text, found := oldText(o)
			if (found && similar(text, newText(n))) || (len(gapOld) == len(gapNew) && io == jn) {
				match = io
				break
			}
		}
		if match < 0 {
			out = append(out, pair{old: -1, new: n})
			continue
		}
		for io := next; io < match; io++ {
			if !used[io] {
				used[io] = true
				out = append(out, pair{old: gapOld[io], new: -1})
			}
		}
		used[match], next = true, match+1
		out = append(out, pair{old: gapOld[match], new: n})
	}
	for io, o := range gapOld {
		if !used[io] {
			out = append(out, pair{old: o, new: -1})
		}
	}
	return out
}
