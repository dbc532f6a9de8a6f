package assemble

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
)

// shingleSize is the number of consecutive words compared. Four words are
// enough that common phrases ("safeguarding children board") do not make
// two different documents look alike.
const shingleSize = 4

// shingles returns the document's overlapping word n-grams as sorted,
// distinct hashes, punctuation stripped so a PDF and a DOCX of the same
// text agree. A document shorter than a shingle gives its single words.
func shingles(words []string) []uint64 {
	clean := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.TrimFunc(strings.ToLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			clean = append(clean, w)
		}
	}
	n := shingleSize
	if len(clean) < n {
		n = 1
	}
	out := make([]uint64, 0, len(clean))
	for i := 0; i+n <= len(clean); i++ {
		h := fnv.New64a()
		for k, w := range clean[i : i+n] {
			if k > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// containment is |a∩b| / min(|a|,|b|) of two sorted hash sets: a version
// that adds a new section still contains nearly all of the earlier one.
func containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(common(a, b)) / float64(min(len(a), len(b)))
}

// resemblance is |a∩b| / |a∪b|: near 1 only when two texts are the same
// (a Word file and its PDF), not when one merely contains the other.
func resemblance(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := common(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

// common counts the hashes in both sorted sets, in one merge pass.
func common(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
