package docx

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// candidateMaxWords is how long a bold-only line may be and still be offered
// to mapping as a possible heading.
const candidateMaxWords = 15

// classify turns a read paragraph into its block: a heading (by style or
// outline level), a list item (by numbering), a heading candidate (a short
// bold-only line), or a paragraph. A paragraph with no visible text gives nil.
func (w *walker) classify(p *para) model.Block {
	text := strings.TrimSpace(p.text.String())
	spans := richSpans(p.spans)
	if text == "" {
		if hasPicture(spans) { // a paragraph holding only a picture
			return &model.Paragraph{Spans: spans}
		}
		return nil
	}
	if lvl := w.headingLevel(p.props); lvl > 0 {
		return &model.Heading{Level: lvl, Text: text}
	}
	if isList, depth, ordered := w.listItem(p.props); isList {
		li := &model.ListItem{Text: text, Depth: depth, Ordered: ordered, Spans: spans}
		w.listIdentity(li, p.props)
		return li
	}
	if p.runs > 0 && p.bold == p.runs && isShortLine(text) && !hasPicture(spans) {
		return &model.Heading{Candidate: true, Text: text}
	}
	return &model.Paragraph{Text: text, Spans: spans, Style: w.styles.paraStyle(w.paraStyle(p.props))}
}

// headingLevel: the paragraph's own outline level wins, then its style's.
func (w *walker) headingLevel(pp pProps) int {
	if pp.outline >= 0 {
		return outlineLevel(pp.outline)
	}
	return w.styles.headingLevel(w.paraStyle(pp))
}

// listItem resolves numbering from the paragraph, falling back to its style
// for numId and ilvl separately (a style may carry the list, the paragraph
// only its level).
func (w *walker) listItem(pp pProps) (isList bool, depth int, ordered bool) {
	numID, hasNum, ilvl, _ := w.styles.numbering(w.paraStyle(pp))
	if pp.hasNumID {
		numID, hasNum = pp.numID, true
	}
	if pp.hasIlvl {
		ilvl = pp.ilvl
	}
	if !hasNum {
		return false, 0, false
	}
	isList, ordered = w.num.list(numID, ilvl, w.styles)
	return isList, ilvl, ordered
}

// isShortLine: few words and no closing full stop, as a heading reads.
func isShortLine(text string) bool {
	return !strings.HasSuffix(text, ".") && len(strings.Fields(text)) <= candidateMaxWords
}
