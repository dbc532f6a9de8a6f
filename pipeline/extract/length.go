package extract

import (
	"fmt"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// CheckLength refuses a document far longer than any statement: more than
// lim.MaxBlocks blocks or lim.MaxWords words (zero fields take the
// defaults). Statements run to a few hundred blocks and a few thousand
// words, so such a file is something else (a whole annual report, a data
// export, an attack), and reading it on would cost the run far more than
// extracting it did. The refusal is a *model.InputError.
func CheckLength(doc *model.Document, lim Limits) error {
	lim = lim.WithDefaults()
	if n := len(doc.Blocks); n > lim.MaxBlocks {
		return tooLong(fmt.Sprintf("%d blocks (headings, paragraphs, list items and tables)", n), "limits.max_blocks", lim.MaxBlocks)
	}
	words := 0
	for _, b := range doc.Blocks {
		if words += countWords(b.PlainText()); words > lim.MaxWords {
			return tooLong(fmt.Sprintf("over %d words", lim.MaxWords), "limits.max_words", lim.MaxWords)
		}
	}
	return nil
}

// RejectTooManyBlocks is CheckLength's refusal for an extractor that
// stops reading as soon as a document passes limit blocks.
func RejectTooManyBlocks(limit int) error {
	return tooLong(fmt.Sprintf("over %d blocks (headings, paragraphs, list items and tables)", limit), "limits.max_blocks", limit)
}

// tooLong is the refusal: what the document holds, and the key (with its
// value) to raise should it really be one statement.
func tooLong(what, key string, limit int) error {
	return model.Reject(fmt.Errorf("%w: %s (%s is %d)", model.ErrTooLarge, what, key, limit),
		"the document holds "+what+", far longer than a statement, so it was not mapped",
		fmt.Sprintf("Check it is the agency's statement and not a whole report or a data export, and ask the agency for the statement on its own (if it really is one statement, raise %s from %d)", key, limit))
}

// countWords counts runs of letters and digits, the way a reader counts
// words, without building the list.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
