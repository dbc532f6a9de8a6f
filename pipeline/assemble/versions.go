package assemble

import (
	"sort"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Candidate is one readable document offered to ResolveVersions.
type Candidate struct {
	Key      string    // unique: the file path, plus the attachment for an e-mail
	Agency   string    // who sent it; "" when unknown (never grouped)
	Name     string    // file (or attachment) name, for version words
	Received time.Time // file time, or the e-mail's date
	// Mailed: Received is the Date of the e-mail the document came in,
	// which the sender's clock set, not the time the file was saved here.
	Mailed bool
	// Dated is the date the document gives itself ("Updated 3 May 2026",
	// its last-saved property); zero when it gives none.
	Dated time.Time
	// Saved is when the file says it was last saved (its properties):
	// weaker than Dated, since any re-save changes it.
	Saved time.Time
	// Words are the document's text as lower-case words; when nil, they
	// are read from doc, and only when the candidate has another to be
	// compared with (most agencies send one document: a season of
	// thousands need not hold every text twice).
	Words      []string
	Inspection bool   // an inspection summary: goes before the statement
	Pinned     bool   // agencies[].use names it: it is the version to use
	SHA256     string // the bytes' hash: equal hashes are the same file

	doc *model.Document // the document Words are read from when nil
	sh  []uint64        // the text's shingles, filled in by versionGroups
}

// SupersededBy is a candidate replaced by another version of the same
// statement: By and ByName are the Key and Name of the one used instead,
// Why says in words what decided, and Doubt is set when the evidence was
// thin or disagreed, so the choice is flagged for the business manager.
type SupersededBy struct {
	Candidate
	By, ByName string
	Why        string
	Doubt      bool
}

// SameDocument is the share of the shorter document's word shingles that
// must appear in the other for the two to be versions of one document.
// Versions share most of their text; an inspection summary and a statement,
// or two halves of a split statement, share almost none.
const SameDocument = 0.5

// surelySame is the containment above which two texts are certainly
// versions of one statement; between SameDocument and this, the grouping
// itself is a doubt worth flagging.
const surelySame = 0.7

// sameTime is how close two received times must be to count as equal (FAT
// and some shares keep times to 2 s).
const sameTime = 2 * time.Second

// ResolveVersions groups each agency's documents into versions of one
// statement by their text and keeps the most likely latest of each group,
// decided by, in order: agencies[].use, what the names say (FINAL, v2,
// draft 2, updated, "(2)", a date), the dates inside the documents, the
// e-mails' dates, and only then the arrival time. The others are superseded,
// each with the reason and a Doubt where the evidence was thin or
// disagreed. use is ordered by agency, then inspection summaries first, then
// by received time.
func ResolveVersions(cands []Candidate) (use []Candidate, superseded []SupersededBy) {
	byAgency := map[string][]int{}
	var agencies []string
	for i, c := range cands {
		if c.Agency == "" {
			use = append(use, c)
			continue
		}
		if _, ok := byAgency[c.Agency]; !ok {
			agencies = append(agencies, c.Agency)
		}
		byAgency[c.Agency] = append(byAgency[c.Agency], i)
	}
	cands = append([]Candidate(nil), cands...) // versionGroups fills in sh
	for _, ag := range agencies {
		for _, group := range versionGroups(cands, byAgency[ag]) {
			win, lost := pickVersion(cands, group)
			use = append(use, cands[win])
			superseded = append(superseded, lost...)
		}
	}
	sortUse(use)
	sort.Slice(superseded, func(i, j int) bool { return superseded[i].Key < superseded[j].Key })
	return use, superseded
}

// pickVersion chooses the version to use in one group (indexes into cands)
// and says why each other one lost.
func pickVersion(cands []Candidate, group []int) (int, []SupersededBy) {
	win := group[0]
	for _, i := range group[1:] {
		if v := compareVersions(cands[i], cands[win]); v.later {
			win = i
		}
	}
	var lost []SupersededBy
	for _, i := range group {
		if i == win {
			continue
		}
		v := compareVersions(cands[win], cands[i])
		lost = append(lost, SupersededBy{Candidate: cands[i], By: cands[win].Key, ByName: cands[win].Name,
			Why: v.why, Doubt: v.doubt})
	}
	return win, lost
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
// share most of their text and returns the connected groups, in the order
// of their first member. A pair already in one group is not compared
// again and identical files are joined by their hash, so many copies of
// one statement cost little more than one.
func versionGroups(cands []Candidate, idx []int) [][]int {
	if len(idx) == 1 {
		return [][]int{idx} // nothing to compare it with
	}
	uf := newUnionFind(len(idx))
	sh := make([][]uint64, len(idx))
	firstOfHash := map[string]int{}
	for i, ci := range idx {
		if h := cands[ci].SHA256; h != "" {
			if j, ok := firstOfHash[h]; ok {
				uf.union(i, j)
				cands[ci].sh = sh[j]
				continue
			}
			firstOfHash[h] = i
		}
		sh[i] = shingles(cands[ci].words())
		cands[ci].sh = sh[i]
	}
	for i := range idx {
		for j := i + 1; j < len(idx); j++ {
			if sh[i] == nil || sh[j] == nil || uf.find(i) == uf.find(j) {
				continue
			}
			if containment(sh[i], sh[j]) >= SameDocument {
				uf.union(i, j)
			}
		}
	}
	return uf.groups(idx)
}

// words are the candidate's Words, read from its document when not given.
func (c *Candidate) words() []string {
	if c.Words == nil && c.doc != nil {
		return docWords(c.doc)
	}
	return c.Words
}
