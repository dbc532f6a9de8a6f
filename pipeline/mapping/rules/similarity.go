package rules

// lightWords carry little meaning in a heading: function words, and the
// words every safeguarding heading shares. They still count, a little, so
// "What we did" can match itself, but cannot make two headings alike.
var lightWords = map[string]float64{
	"a": 0.2, "an": 0.2, "the": 0.2, "of": 0.2, "for": 0.2, "and": 0.2, "in": 0.2,
	"on": 0.2, "to": 0.2, "our": 0.2, "we": 0.2, "it": 0.2, "its": 0.2, "is": 0.2,
	"thi": 0.2, "this": 0.2, "that": 0.2, "with": 0.2, "by": 0.2, "at": 0.2, "from": 0.2,
	"what": 0.3, "who": 0.3, "how": 0.3, "about": 0.3, "have": 0.2, "has": 0.2,
	"safeguard": 0.3, "children": 0.3, "adult": 0.3, "young": 0.3, "people": 0.3,
	"key": 0.3, "agency": 0.3, "annual": 0.3, "statement": 0.3, "year": 0.4,
}

func tokenWeight(t string) float64 {
	if w, ok := lightWords[t]; ok {
		return w
	}
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return 0.2 // years and numbers: "2015 16"
	}
	return 1
}

// diceWith is the weighted Dice overlap of two token lists: twice the weight
// of the tokens they share over the weight of both. alike decides whether
// two tokens are alike: equal or, for longer words, a typo of one another
// (tokensAlike; the heading matcher passes a lookup of the typos it found
// once per heading).
func diceWith(a, b []string, alike func(t, u string) bool) float64 {
	var wa, wb, shared float64
	for _, t := range b {
		wb += tokenWeight(t)
	}
	used := make([]bool, len(b))
	for _, t := range a {
		w, j := tokenWeight(t), alikeIn(t, b, used, alike)
		if j < 0 {
			wa += w
			continue
		}
		used[j] = true
		// A typo takes the weight of the word it stands for, a little less
		// sure than the word itself.
		w = min(w, tokenWeight(b[j]))
		if t != b[j] {
			w = tokenWeight(b[j]) * 0.9
		}
		wa += w
		shared += w
	}
	if wa == 0 || wb == 0 {
		return 0
	}
	return 2 * shared / (wa + wb)
}

// alikeIn returns the index of the first unused token of b alike to t, or -1.
func alikeIn(t string, b []string, used []bool, alike func(t, u string) bool) int {
	for j, u := range b {
		if !used[j] && alike(t, u) {
			return j
		}
	}
	return -1
}

// realWords are real words one edit away from a template word: never taken
// for a typo of it ("Contents" is not "Context").
var realWords = map[string]bool{
	"content": true, "contact": true, "contract": true, "import": true,
	"impart": true, "reaction": true, "inaction": true, "result": true,
}

func tokensAlike(a, b string) bool {
	if a == b {
		return true
	}
	if realWords[a] || realWords[b] {
		return false
	}
	n, diff := min(len(a), len(b)), len(a)-len(b)
	if diff < 0 {
		diff = -diff
	}
	switch {
	case n >= 9 && diff <= 2:
		return levenshtein(a, b) <= 2
	case n >= 5 && diff <= 1:
		return levenshtein(a, b) <= 1
	}
	return false
}

// charSimilarity is 1 minus the edit distance over the longer length, kept
// only when it is high (a typo or two, or words split or joined as in
// "Keysuccesses"): lower values mean different words that merely share a
// long prefix ("Safeguarding children training").
func charSimilarity(a, b string) float64 {
	n, diff := max(len(a), len(b)), len(a)-len(b)
	if diff < 0 {
		diff = -diff
	}
	// The distance is at least the difference in length: skip the work
	// when that alone puts the similarity under the cut.
	if n == 0 || float64(diff) > 0.12*float64(n) {
		return 0
	}
	s := 1 - float64(levenshtein(a, b))/float64(n)
	if s < 0.88 {
		return 0
	}
	return s * 0.95
}

// levenshtein is the edit distance between two byte strings (headings are
// normalised to ASCII-ish lower case first), counting a swap of two
// neighbouring letters as one edit (optimal string alignment), since
// "agnecy" for "agency" is the commonest typo.
func levenshtein(a, b string) int {
	var buf [3 * 64]int // headings are short: no allocation in the common case
	var rows [3][]int
	if len(b)+1 <= 64 {
		rows = [3][]int{buf[0 : len(b)+1], buf[64 : 64+len(b)+1], buf[128 : 128+len(b)+1]}
	} else {
		rows = [3][]int{make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)}
	}
	for j := range rows[1] {
		rows[1][j] = j
	}
	for i := 1; i <= len(a); i++ {
		pp, prev, cur := rows[0], rows[1], rows[2]
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
		}
		rows[0], rows[1], rows[2] = prev, cur, pp
	}
	return rows[1][len(b)]
}
