package analysis

import "strings"

// A period written right before a figure, with nothing but a space, colon
// or dash between, labels that figure: "Q1 78%, Q2 83%, Q3 90%". The
// nearest period after a figure is otherwise its period ("874 in
// 2025/26"), which here is the next figure's label.

// periodLabelBefore is the index in spans of the period that labels the
// figure at pos, or -1.
func periodLabelBefore(sent string, spans [][]int, pos int) int {
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		if s[1] > pos {
			continue
		}
		if strings.Trim(sent[s[1]:pos], " :-–—") == "" {
			return i
		}
		return -1
	}
	return -1
}
