package docx

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// paraStyles are the names of the Word and LibreOffice paragraph styles
// (w:name, lower case) that mark a quotation or a caption. A custom style
// based on one of them ("Chair's Quote" based on "Quote") is one too, as
// paraStyle walks the basedOn chain.
var paraStyles = map[string]model.ParaStyle{
	"quote": model.StyleQuote, "intense quote": model.StyleQuote, "block text": model.StyleQuote,
	"quotations": model.StyleQuote, "quotation": model.StyleQuote,
	"caption": model.StyleCaption, "image caption": model.StyleCaption, "table caption": model.StyleCaption,
	"list paragraph": model.StyleIndented,
}

// paraStyle is what paragraph style id makes a paragraph: the nearest
// style in its basedOn chain whose name says, else body text ("").
func (s *styleSheet) paraStyle(id string) model.ParaStyle {
	for _, st := range s.chain(id) {
		if ps, ok := paraStyles[strings.ToLower(strings.TrimSpace(st.name))]; ok {
			return ps
		}
	}
	return ""
}
