package layout

import "github.com/reportpipe/reportpipe/pipeline/model"

// DefaultLowConfidence is the confidence under which a placement gets a
// reviewer note when the options give none.
const DefaultLowConfidence = 0.6

// Item is one placement as a renderer shows it.
type Item struct {
	model.Placement
	// Kind is the block's kind, or heading when the placement acts as one.
	Kind model.Kind
	// Source is the file the block came from (zero when unknown).
	Source model.Source
	// Check is the note for a reviewer on a low-confidence placement, or "".
	Check string
	// Notes are further notes for a reviewer on the block itself, such as
	// possible personal data the analysis found in it.
	Notes []string
}

// Section is one section of a statement with its items in reading order.
type Section struct {
	Key   model.SectionKey
	Title string
	Items []Item
}

// HasContent reports whether the section holds anything beyond the headings
// that opened it (replaced by the template title) and the statement's title
// (replaced by the agency heading).
func (s Section) HasContent() bool {
	for _, it := range s.Items {
		if it.Role != model.RoleSectionHeading && it.Role != model.RoleTitle {
			return true
		}
	}
	return false
}

// Statement sections: every template section of r in order (empty ones
// included), then sections under keys the template does not list, then
// unmapped when any block is unmapped. Every placement appears exactly once,
// the statement's title included (in the section mapping gave it).
func Statement(r *model.Report, s *model.Statement, low float64) []Section {
	if low <= 0 {
		low = DefaultLowConfidence
	}
	infos := Titles(r)
	var out []Section
	at := map[model.SectionKey]int{}
	for _, in := range infos {
		at[in.Key] = len(out)
		out = append(out, Section{Key: in.Key, Title: in.Title})
	}
	var unmapped []Item
	src := sources(s)
	notes := blockNotes(r)
	for _, p := range s.Placements {
		it := Item{Placement: p, Kind: kind(p), Source: src.of(p.Block)}
		if p.Block != nil && notes != nil {
			it.Notes = notes[blockRef{it.Source.Path, p.Block.Pos().Index}]
		}
		if p.Section == model.SectionUnmapped {
			unmapped = append(unmapped, it)
			continue
		}
		i, ok := at[p.Section]
		if !ok {
			i = len(out)
			at[p.Section] = i
			out = append(out, Section{Key: p.Section, Title: string(p.Section)})
		}
		it.Check = checkNote(p, out[i].Title, low)
		out[i].Items = append(out[i].Items, it)
	}
	if len(unmapped) > 0 {
		out = append(out, Section{Key: model.SectionUnmapped, Title: "Not placed in a section", Items: unmapped})
	}
	return out
}

// Unmapped returns the statement's unmapped items.
func Unmapped(r *model.Report, s *model.Statement) []Item {
	for _, sec := range Statement(r, s, 0) {
		if sec.Key == model.SectionUnmapped {
			return sec.Items
		}
	}
	return nil
}

// blockRef names a block by its file and index, as citations do.
type blockRef struct {
	file  string
	index int
}

// blockNotes gathers the analysis's notes on single blocks (possible
// personal data), or nil when there are none.
func blockNotes(r *model.Report) map[blockRef][]string {
	if r.Analysis == nil || len(r.Analysis.Publication) == 0 {
		return nil
	}
	out := map[blockRef][]string{}
	for _, f := range r.Analysis.Publication {
		note := "Before publication: " + PersonalDataNote(f)
		for _, c := range f.Citations {
			k := blockRef{c.File, c.Index}
			out[k] = append(out[k], note)
		}
	}
	return out
}

func kind(p model.Placement) model.Kind {
	if p.IsHeading() {
		return model.KindHeading
	}
	if p.Block == nil {
		return ""
	}
	return p.Block.Kind()
}

// Text is the block's verbatim text, "" for a placement without a block.
func Text(p model.Placement) string {
	if p.Block == nil {
		return ""
	}
	return p.Block.PlainText()
}
