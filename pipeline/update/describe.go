package update

import (
	"strconv"
	"strings"
)

// outcomeWords say what update did with a block, for the review page.
var outcomeWords = map[Outcome]string{
	BlockChanged:   "changed (tracked word by word; a table is replaced whole)",
	BlockInserted:  "inserted",
	BlockDeleted:   "deleted",
	BlockConflict:  "edited in the draft and changed by the agency: the agency's paragraph is inserted after the edited one, with a comment",
	BlockReoffered: "deleted in the draft but changed by the agency: offered again as an insertion, with a comment",
	BlockKept:      "removed by the agency but edited in the draft: kept, with a comment",
}

// Describe says in words what update did with a block.
func (o Outcome) Describe() string { return outcomeWords[o] }

// Clash reports whether the reviewers' text stays and a comment asks them
// to choose.
func (o Outcome) Clash() bool {
	return o == BlockConflict || o == BlockReoffered || o == BlockKept
}

// Describe is one agency's change in words: the plain counts as "N
// changed, M inserted block(s)", then the clashes with the reviewers'
// edits, each explained.
func (c Change) Describe() string {
	var counts, clashes []string
	add := func(to *[]string, n int, what string) {
		if n > 0 {
			*to = append(*to, strconv.Itoa(n)+" "+what)
		}
	}
	add(&counts, c.Changed, "changed")
	add(&counts, c.Inserted, "inserted")
	add(&counts, c.Deleted, "deleted")
	who := "the agency"
	if c.Chapter {
		who = "the chapter's author"
	}
	add(&clashes, c.Conflicts, "also edited (or deleted) in the draft: "+who+"'s version inserted after it, with a comment")
	add(&clashes, c.Kept, "removed by "+who+" but edited in the draft: kept, with a comment")
	parts := clashes
	if len(counts) > 0 {
		parts = append([]string{strings.Join(counts, ", ") + " block(s)"}, clashes...)
	}
	if len(parts) == 0 {
		return string(c.Status)
	}
	return string(c.Status) + ": " + strings.Join(parts, "; ")
}
