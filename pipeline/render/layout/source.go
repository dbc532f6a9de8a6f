package layout

import "github.com/reportpipe/reportpipe/pipeline/model"

// noSource stands for the source of a block whose statement has no documents.
var noSource model.Source

// sourceIndex finds the document a block came from, by the block's
// identity. A statement of one document (the usual case) needs no map.
type sourceIndex struct {
	by    map[model.Block]*model.Source
	first *model.Source
}

func sources(s *model.Statement) sourceIndex {
	ix := sourceIndex{first: &noSource}
	if len(s.Documents) > 0 {
		ix.first = &s.Documents[0].Source
	}
	if len(s.Documents) < 2 {
		return ix
	}
	n := 0
	for _, d := range s.Documents {
		n += len(d.Blocks)
	}
	ix.by = make(map[model.Block]*model.Source, n)
	for _, d := range s.Documents {
		for _, b := range d.Blocks {
			ix.by[b] = &d.Source
		}
	}
	return ix
}

// of returns b's source; a block not found in any document (placements made
// without documents) is credited to the first document.
func (ix sourceIndex) of(b model.Block) *model.Source {
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
