package layout

import "github.com/reportpipe/reportpipe/pipeline/model"

// sourceIndex finds the document a block came from, by the block's identity.
type sourceIndex struct {
	by    map[model.Block]model.Source
	first model.Source
}

func sources(s *model.Statement) sourceIndex {
	ix := sourceIndex{by: map[model.Block]model.Source{}}
	for i, d := range s.Documents {
		if i == 0 {
			ix.first = d.Source
		}
		for _, b := range d.Blocks {
			ix.by[b] = d.Source
		}
	}
	return ix
}

// of returns b's source; a block not found in any document (placements made
// without documents) is credited to the first document.
func (ix sourceIndex) of(b model.Block) model.Source {
	if src, ok := ix.by[b]; ok {
		return src
	}
	return ix.first
}

// Highlight is the highlight colour the report's key gives section k:
// green for notable progress (Key Successes), yellow for areas for
// development, "" for the rest. Values are WordprocessingML highlight names.
func Highlight(k model.SectionKey) string {
	switch k {
	case model.SectionSuccesses:
		return "green"
	case model.SectionDevelopment:
		return "yellow"
	}
	return ""
}

// The key's wording for the two highlights.
const (
	KeyProgress    = "Areas of notable progress"
	KeyDevelopment = "Areas for development"
)
