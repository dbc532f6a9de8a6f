package intake

import (
	"sort"
	"strings"
	"time"
	"unicode"
)

// Candidate is one readable document offered to ResolveVersions.
type Candidate struct {
	Key        string    // unique: the file path, plus the attachment for an e-mail
	Agency     string    // who sent it; "" when unknown (never grouped)
	Name       string    // file (or attachment) name, for version words
	Received   time.Time // file time, or the e-mail's date
	Words      []string  // the document's text as lower-case words
	Inspection bool      // an inspection summary: goes before the statement
}

// SupersededBy is a candidate replaced by a later version of the same
// document: By and ByName are the Key and Name of the one used instead.
type SupersededBy struct {
	Candidate
	By     string
	ByName string
}

// SameDocument is the share of the shorter document's word shingles that
// must appear in the other for the two to be versions of one document.
// Versions share most of their text; an inspection summary and a statement,
// or two halves of a split statement, share almost none.
const SameDocument = 0.5

// sameTime is how close two received times must be to count as equal (FAT
// and some shares keep times to 2 s), so the name decides between them.
const sameTime = 2 * time.Second

// ResolveVersions groups each agency's documents into versions of the same
// document and keeps the latest of each group: the one received last, or
// when received together the one whose name says it is later (FINAL, v2,
// updated, "(2)"). The others are superseded by it. use is ordered by
// agency, then inspection summaries first, then by received time.
func ResolveVersions(cands []Candidate) (use []Candidate, superseded []SupersededBy) {
	byAgency := map[string][]int{}
	for i, c := range cands {
		if c.Agency == "" {
			use = append(use, c)
			continue
		}
		byAgency[c.Agency] = append(byAgency[c.Agency], i)
	}
	for _, idx := range byAgency {
		for _, group := range versionGroups(cands, idx) {
			win := group[0]
			for _, i := range group[1:] {
				if later(cands[i], cands[win]) {
					win = i
				}
			}
			use = append(use, cands[win])
			for _, i := range group {
				if i != win {
					superseded = append(superseded, SupersededBy{Candidate: cands[i],
						By: cands[win].Key, ByName: cands[win].Name})
				}
			}
		}
	}
	sortUse(use)
	sort.Slice(superseded, func(i, j int) bool { return superseded[i].Key < superseded[j].Key })
	return use, superseded
}

func sortUse(use []Candidate) {
	sort.SliceStable(use, func(i, j int) bool {
		a, b := use[i], use[j]
		switch {
		case a.Agency != b.Agency:
			return a.Agency < b.Agency
		case a.Inspection != b.Inspection:
			return a.Inspection
		case !a.Received.Equal(b.Received):
			return a.Received.Before(b.Received)
		}
		return a.Key < b.Key
	})
}

// versionGroups links every pair of documents (indexes into cands) that
// share most of their text and returns the connected groups.
func versionGroups(cands []Candidate, idx []int) [][]int {
	parent := make([]int, len(idx))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	sh := make([]map[string]struct{}, len(idx))
	for i, ci := range idx {
		sh[i] = shingles(cands[ci].Words)
	}
	for i := range idx {
		for j := i + 1; j < len(idx); j++ {
			if containment(sh[i], sh[j]) >= SameDocument {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]int{}
	for i, ci := range idx {
		r := find(i)
		groups[r] = append(groups[r], ci)
	}
	out := make([][]int, 0, len(groups))
	for _, g := range groups {
		out = append(out, g)
	}
	return out
}

// shingleSize is the number of consecutive words compared. Four words are
// enough that common phrases ("safeguarding children board") do not make
// two different documents look alike.
const shingleSize = 4

// shingles returns the document's overlapping word n-grams, punctuation
// stripped so a PDF and a DOCX of the same text agree. A document shorter
// than a shingle gives its single words.
func shingles(words []string) map[string]struct{} {
	clean := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.TrimFunc(strings.ToLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			clean = append(clean, w)
		}
	}
	out := map[string]struct{}{}
	n := shingleSize
	if len(clean) < n {
		n = 1
	}
	for i := 0; i+n <= len(clean); i++ {
		out[strings.Join(clean[i:i+n], " ")] = struct{}{}
	}
	return out
}

// containment is |a∩b| / min(|a|,|b|): a version that adds a new section
// still contains nearly all of the earlier one.
func containment(a, b map[string]struct{}) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for s := range a {
		if _, ok := b[s]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// later reports whether a is a later version than b.
func later(a, b Candidate) bool {
	if d := a.Received.Sub(b.Received); d >= sameTime || d <= -sameTime {
		return d > 0
	}
	if c := compareVersionNames(a.Name, b.Name); c != 0 {
		return c > 0
	}
	// A Word file and its PDF sent together: the Word (or ODT) file is what
	// the agency wrote and reads exactly; the PDF is an export of it.
	if pa, pb := isPDF(a.Name), isPDF(b.Name); pa != pb {
		return pb
	}
	if !a.Received.Equal(b.Received) {
		return a.Received.After(b.Received)
	}
	return a.Key > b.Key
}

func isPDF(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".pdf") }
