package odt

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// paraStyles are the names of the paragraph styles (lower case, the
// display name or the name with "_20_" read as a space) that mark a
// quotation or a caption: LibreOffice's own ("Quotations", "Caption") and
// Word's, which survive a DOCX opened and saved as ODT.
var paraStyles = map[string]model.ParaStyle{
	"quotations": model.StyleQuote, "quote": model.StyleQuote, "intense quote": model.StyleQuote, "block text": model.StyleQuote,
	"caption": model.StyleCaption, "image caption": model.StyleCaption, "table caption": model.StyleCaption,
	"list paragraph": model.StyleIndented,
}

// paraStyle is what paragraph style name makes a paragraph: the nearest
// style up its parents whose name says, else body text (""). LibreOffice's
// "Figure", "Illustration", "Table" and "Drawing" are captions by their
// parent, "Caption", as those names alone could mean other things.
func (s *styleSheet) paraStyle(name string) model.ParaStyle {
	for _, st := range chain(s.para, name) {
		for _, n := range []string{st.display, strings.ReplaceAll(st.name, "_20_", " ")} {
			if ps, ok := paraStyles[strings.ToLower(strings.TrimSpace(n))]; ok {
				return ps
			}
		}
	}
	return ""
}
