package assemble

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// statement makes one agency's Statement from its documents, in the order
// given, with the flags a reviewer should check.
func statement(agency string, known bool, docs []Mapped, opt Options) *model.Statement {
	st := &model.Statement{Agency: agency, AgencyKnown: known}
	for _, m := range docs {
		st.Documents = append(st.Documents, m.Doc)
		st.Placements = append(st.Placements, m.Placements...)
		for _, w := range m.Doc.Warnings {
			st.Flags = append(st.Flags, model.Flag{Kind: warningKind(w), Message: w})
		}
		st.Flags = append(st.Flags, m.Notes...)
	}
	st.Flags = append(st.Flags, contentFlags(st, opt)...)
	return st
}

// contentFlags lists what a reviewer should check in a mapped statement:
// an unknown agency, missing sections, blocks not placed or placed with
// low confidence.
func contentFlags(st *model.Statement, opt Options) []model.Flag {
	var out []model.Flag
	if !st.AgencyKnown {
		out = append(out, model.Flag{Kind: model.FlagUnknownAgency, Message: fmt.Sprintf(
			"No configured agency matched this statement; it is shown under its own title %q. Add the agency or an alias to the configuration.", st.Agency)})
	}
	for _, s := range opt.Sections {
		if s.Required && !st.HasContent(s.Key) {
			out = append(out, model.Flag{Kind: model.FlagMissingSection, Section: s.Key,
				Message: fmt.Sprintf("No %s section in this statement.", s.Title)})
		}
	}
	unmapped, low := 0, 0
	for _, pl := range st.Placements {
		switch {
		case pl.Section == model.SectionUnmapped && pl.Mapper == model.MapperReviewers:
			// the reviewers said it is not part of the statement: nothing to check
		case pl.Section == model.SectionUnmapped:
			unmapped++
		case pl.Role != model.RoleTitle && pl.Confidence < opt.LowConfidence:
			low++
		}
	}
	if unmapped > 0 {
		out = append(out, model.Flag{Kind: model.FlagUnmapped, Message: fmt.Sprintf(
			"%d block(s) could not be placed in a section; they are in the appendix.", unmapped)})
	}
	if low > 0 {
		out = append(out, model.Flag{Kind: model.FlagLowConfidence, Message: fmt.Sprintf(
			"%d block(s) placed with low confidence: check their sections.", low)})
	}
	return out
}

// warningKind is the flag kind of a document warning: a page read by OCR
// has its own, so the review page and the Word comment say so.
func warningKind(w string) string {
	if model.IsOCRWarning(w) {
		return model.FlagOCR
	}
	return model.FlagExtractWarning
}
