package rules

import (
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxFigureWords bounds a one-figure line ("1,420 safeguarding children
// referrals", "96% of staff trained"): a line that is little more than a
// figure and what it counts.
const maxFigureWords = 10

// figureLine reports whether block i is a one-figure line: a short
// paragraph or list item holding a figure, that starts with it or does not
// end like a sentence. Statements list their figures so, after a lead-in
// ("Activity this year:") or on their own.
func (p *plan) figureLine(i int) bool {
	switch p.blocks[i].(type) {
	case *model.Paragraph, *model.ListItem:
	default:
		return false
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	fields := strings.Fields(text)
	if len(fields) == 0 || len(fields) > maxFigureWords {
		return false
	}
	figures := 0
	for _, f := range fields {
		if strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			figures++
		}
	}
	if figures == 0 {
		return false
	}
	return strings.IndexFunc(fields[0], unicode.IsDigit) >= 0 || !endsSentence(text)
}

// figureRuns marks, for blocks[a:b], the blocks that are part of a run of
// two or more one-figure lines (run[k] is the run's last index + 1, or 0
// when block a+k is in no run).
func (p *plan) figureRuns(a, b int) []int {
	run := make([]int, b-a)
	for i := a; i < b; {
		j := i
		for j < b && p.figureLine(j) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				run[k-a] = j
			}
		}
		i = max(j, i+1)
	}
	return run
}
