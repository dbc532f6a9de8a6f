package layout

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// AwaitedPart stands in the report for a chapter or table that has not
// arrived (or could not be read), naming who writes it and when it is due,
// so the part keeps its place and its number.
func AwaitedPart(p model.Part) string {
	what := "This chapter is awaited"
	if p.Kind == model.PartTable {
		what = "This table is awaited"
	}
	var who []string
	if p.Owner != "" {
		who = append(who, "from "+p.Owner)
	}
	if p.Deadline != "" {
		who = append(who, "due "+p.Deadline)
	}
	if len(who) > 0 {
		what += " (" + strings.Join(who, ", ") + ")"
	}
	if p.Problem != "" {
		what += ". The file " + p.File + " could not be used: " + p.Problem
	}
	return what + "."
}

// ChapterBlocks are the blocks of a chapter to print under its part's
// heading: all of them, in order, except a first heading that is the
// part's title itself (the chapter's title, which the part heading then
// stands for, so it is printed once).
func ChapterBlocks(p model.Part) []model.Block {
	if p.Document == nil {
		return nil
	}
	bs := p.Document.Blocks
	if len(bs) > 0 {
		if h, ok := bs[0].(*model.Heading); ok && sameTitle(h.Text, p.Title) {
			return bs[1:]
		}
	}
	return bs
}

// TopHeading is the highest heading level among blocks (1 when none).
func TopHeading(blocks []model.Block) int {
	top := 0
	for _, b := range blocks {
		if h, ok := b.(*model.Heading); ok && h.Level > 0 && (top == 0 || h.Level < top) {
			top = h.Level
		}
	}
	return max(top, 1)
}

func sameTitle(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
