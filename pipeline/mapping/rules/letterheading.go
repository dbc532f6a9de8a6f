package rules

// A letter may come under a heading of its own ("Letter from the Head",
// "From the Principal") and end without a complimentary close: the next
// heading ends it (issue 22, heldout7 and round3/tune6). Read by meaning,
// its words ("our designated safeguarding lead has written it") sent it
// to context confidently, as if it were the agency describing itself. A
// heading before the statement's first section heading, followed at once
// by a paragraph opening with a salutation, starts such a letter; it runs
// to the next heading (at most maxLetterBlocks) and is placed as a cover
// letter: context, flagged.

// headedLetter returns where a letter under the heading at a ends (the next
// heading before b), or a when blocks[a] is no heading over a salutation.
func (p *plan) headedLetter(a, b int) int {
	if a+1 >= b || !p.isHeadingBlock(a) || !p.isParagraph(a+1) ||
		!salutation.Get().MatchString(p.blocks[a+1].PlainText()) {
		return a
	}
	end := a + 2
	for end < b && end < a+maxLetterBlocks && !p.isHeadingBlock(end) {
		end++
	}
	return end
}
