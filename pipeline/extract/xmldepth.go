package extract

import (
	"cmp"
	"encoding/xml"
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// DepthGuard counts element nesting while a reader walks xml tokens, and
// fails once it passes the limit, so hostile XML cannot exhaust the stack or
// the reader's own bookkeeping. Call Track on every token.
type DepthGuard struct {
	Max int
	// Hint is what the refusal asks for, in the words of the file's own
	// format ("save it again from Word" suits a DOCX, not an ODT); empty
	// gives a hint that fits any format.
	Hint  string
	depth int
}

// Track updates the depth for tok and returns an InputError past Max.
func (g *DepthGuard) Track(tok xml.Token) error {
	switch tok.(type) {
	case xml.StartElement:
		g.depth++
		if g.Max > 0 && g.depth > g.Max {
			return model.Reject(fmt.Errorf("%w: xml nesting over %d", model.ErrTooLarge, g.Max),
				"the file's structure is nested far deeper than any document's, so it was not read",
				cmp.Or(g.Hint, "Ask the agency to save it again from the program that made it and resend it"))
		}
	case xml.EndElement:
		g.depth--
	}
	return nil
}
