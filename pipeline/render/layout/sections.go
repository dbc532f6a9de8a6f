package layout

import (
	"slices"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// DefaultLowConfidence is the confidence under which a placement gets a
// reviewer note when the options give none.
const DefaultLowConfidence = 0.6

// Item is one placement as a renderer shows it.
type Item struct {
	model.Placement
	// Kind is the block's kind, or heading when the placement acts as one.
	Kind model.Kind
	// Source is the file the block came from (never nil; zero when unknown).
	Source *model.Source
	// Check is the note for a reviewer on a low-confidence placement, or "".
	Check string
	// Notes are further notes for a reviewer on the block itself, such as
	// possible personal data the analysis found in it.
	Notes []string
	// Decided says the reviewers placed the block themselves ("Placed in
	// Key Successes by the reviewers"), or "" when mapping placed it.
	Decided string
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
	out, at := sectionsFor(r, s)
	src := sources(s)
	notes := blockNotes(r, s)
	for _, p := range s.Placements {
		it := Item{Placement: p, Kind: kind(p), Source: src.of(p.Block)}
		if p.Block != nil && notes != nil {
			it.Notes = notes[blockRef{it.Source.Path, p.Block.Pos().Index}]
		}
		sec := &out[at[p.Section]]
		if p.Section != model.SectionUnmapped {
			it.Check = checkNote(r, p, sec.Title, low)
		}
		it.Decided = decidedNote(p, sec.Title)
		sec.Items = append(sec.Items, it)
	}
	if last := len(out) - 1; out[last].Key == model.SectionUnmapped && len(out[last].Items) == 0 {
		out = out[:last]
	}
	return out
}

// sectionsFor lays out the empty sections of s: the template's, then keys
// the template does not list, then unmapped; each with room for its items.
// at maps a key to its index in out.
func sectionsFor(r *model.Report, s *model.Statement) (out []Section, at map[model.SectionKey]int) {
	infos := Titles(r)
	at = make(map[model.SectionKey]int, len(infos)+1)
	count := make(map[model.SectionKey]int, len(infos)+1)
	for _, p := range s.Placements {
		count[p.Section]++
	}
	add := func(k model.SectionKey, title string) {
		at[k] = len(out)
		out = append(out, Section{Key: k, Title: title, Items: make([]Item, 0, count[k])})
	}
	for _, in := range infos {
		add(in.Key, in.Title)
	}
	for _, p := range s.Placements {
		if _, ok := at[p.Section]; !ok && p.Section != model.SectionUnmapped {
			add(p.Section, string(p.Section))
		}
	}
	add(model.SectionUnmapped, "Not placed in a section")
	return out, at
}

// Unmapped returns the statement's unmapped items.
func Unmapped(r *model.Report, s *model.Statement) []Item {
	if !slices.ContainsFunc(s.Placements, func(p model.Placement) bool { return p.Section == model.SectionUnmapped }) {
		return nil
	}
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

// blockNotes gathers the analysis's notes on single blocks of s (possible
// personal data), or nil when there are none.
func blockNotes(r *model.Report, s *model.Statement) map[blockRef][]string {
	if r.Analysis == nil {
		return nil
	}
	var out map[blockRef][]string
	for _, f := range r.Analysis.Publication {
		if f.Agency != s.Agency {
			continue
		}
		note := "Before publication: " + PersonalDataNote(f)
		for _, c := range f.Citations {
			if out == nil {
				out = map[blockRef][]string{}
			}
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
