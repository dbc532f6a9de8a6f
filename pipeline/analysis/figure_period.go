package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

const monthAlt = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`

// periodRe is a period a figure is for, as written: "2025/26", "between
// April 2025 and March 2026", "31 March 2026", "the first quarter of
// 2026", "the autumn term", "by the end of 2026", "Q3", "since April",
// "the year to March 2017".
var periodRe = lazy.Re(`(?i)(?:` +
	`(?:between|from)\s+(?:\d{1,2}\s+)?` + monthAlt + `?\s*\d{4}\s+(?:and|to|until)\s+(?:\d{1,2}\s+)?` + monthAlt + `?\s*\d{4}` +
	`|\b(?:between|from)\s+` + monthAlt + `\s+(?:and|to|until)\s+` + monthAlt + `(?:\s+\d{4})?` +
	`|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+quarter\s+(?:of\s+)?(?:\d{4}(?:/\d{2,4})?)` +
	`|\bQ[1-4]\s+\d{4}(?:/\d{2,4})?` +
	`|(?:the\s+)?end\s+of\s+(?:` + monthAlt + `\s+)?\d{4}(?:\s*[/-]\s*\d{2,4}\b)?` +
	`|\b\d{4}\s*[/-]\s*\d{2,4}\b` +
	`|\b(?:the\s+)?year\s+(?:to|ending)\s+(?:\d{1,2}\s+)?` + monthAlt + `\s+\d{4}` +
	`|\bsince\s+(?:\d{1,2}\s+)?` + monthAlt + `(?:\s+\d{4})?` +
	`|\bQ[1-4]\s*[-–]\s*Q[1-4]\s+\d{4}(?:/\d{2,4})?` +
	`|\bQ[1-4]\b` +
	`|\b\d{1,2}(?:st|nd|rd|th)?\s+` + monthAlt + `\s+\d{4}` +
	`|\b` + monthAlt + `\s+\d{4}` +
	`|(?:the\s+)?(?:autumn|spring|summer)\s+term` +
	`|\b(?:19|20)\d{2}\b` +
	`)`)

// periods returns the periods of sent as byte spans, in order.
func periods(sent string) [][]int { return periodRe.Get().FindAllStringIndex(sent, -1) }

// periodFor returns the period that goes with the figure at pos: the
// nearest period after it in its sentence ("874 in 2025/26") unless
// another figure comes first, else the nearest before it, else the
// lead's.
func periodFor(sent string, spans [][]int, pos, end int, lead string) string {
	if i := periodLabelBefore(sent, spans, pos); i >= 0 {
		return clean(sent[spans[i][0]:spans[i][1]]) // "Q1 78%, Q2 83%"
	}
	best := -1
	for i, s := range spans {
		if s[0] >= pos {
			if best < 0 && !strings.Contains(sent[end:s[0]], ";") || !strings.ContainsAny(sent[end:s[0]], "0123456789;") {
				best = i // not past another figure: "in Q4 found 84% ..., against 62% in Q2"; nor a semicolon, unless none is before
			}
			break
		}
		best = i
	}
	if best >= 0 {
		return clean(sent[spans[best][0]:spans[best][1]])
	}
	if lead != "" {
		return clean(periodRe.Get().FindString(lead))
	}
	return ""
}
