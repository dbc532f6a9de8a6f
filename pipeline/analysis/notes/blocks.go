package notes

import (
	"slices"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// blockKey finds a cited block: the agency (folded), the file and the
// block's index in it, as the analysis writes its citations.
type blockKey struct {
	agency, file string
	index        int
}

func keyOf(c model.Citation) blockKey {
	return blockKey{agency: fold(c.Agency), file: c.File, index: c.Index}
}

// blockTexts maps every block of the statements to its verbatim text, so a
// note's sentences can be checked against the blocks its facts cite. The
// text stays on this machine: it is never sent (see collectFacts).
func blockTexts(statements []*model.Statement) map[blockKey]string {
	out := map[blockKey]string{}
	for _, st := range statements {
		if st == nil {
			continue
		}
		for _, d := range st.Documents {
			if d == nil {
				continue
			}
			for _, b := range d.Blocks {
				if b != nil {
					out[blockKey{agency: fold(st.Agency), file: d.Source.Path, index: b.Pos().Index}] = b.PlainText()
				}
			}
		}
	}
	return out
}

// sourceTexts is what a note citing facts may rest on: for each cited fact
// about an agency the note names (the facts whose citations the kept note
// carries), the fact's agency and wording (what the model was shown) and
// the text of every block the fact cites (what the agency wrote).
func sourceTexts(cited []fact, names []string, blocks map[blockKey]string) []string {
	var out []string
	for _, f := range cited {
		if !slices.Contains(names, f.Agency) {
			continue
		}
		out = append(out, f.Agency, f.Text)
		for _, c := range f.Citations {
			if t, ok := blocks[keyOf(c)]; ok {
				out = append(out, t)
			}
		}
	}
	return out
}
