package model

// Placement records where mapping put one block and why.
type Placement struct {
	Block      Block
	Section    SectionKey
	Confidence float64 // 0..1: how sure the mapper is of Section
	Evidence   string  // the heading matched, or the rule and its score
	Mapper     string  // "rules" or "llm"
	Role       Role
	// RunnerUp is the section the mapper would have chosen next, for a
	// reviewer checking an uncertain placement ("could be Key Successes");
	// "" when there was no real alternative.
	RunnerUp SectionKey
}

// Role says what a placed block is to the statement.
type Role string

// The roles. Content is the default (the empty Role means Content too).
const (
	RoleContent Role = "content"
	// RoleTitle is the first line that only names the agency or document: the
	// statement's title, not content.
	RoleTitle Role = "title"
	// RoleSectionHeading is a heading that opens a template section (its
	// wording is replaced by the template's title in the report).
	RoleSectionHeading Role = "section_heading"
	// RoleSubHeading is a heading kept as a sub-heading inside a section,
	// including a bold lead line that reads like a heading.
	RoleSubHeading Role = "sub_heading"
)

// IsHeading reports whether the placement acts as a heading in the output.
func (p Placement) IsHeading() bool {
	return p.Role == RoleTitle || p.Role == RoleSectionHeading || p.Role == RoleSubHeading
}

// Flag is something about a statement that a reviewer should look at.
type Flag struct {
	Kind    string `json:"kind"`
	Message string `json:"message"`
	// Section is the section a missing_section flag is about.
	Section SectionKey `json:"section,omitempty"`
}

// Flag kinds used across stages.
const (
	FlagLowConfidence  = "low_confidence"
	FlagMissingSection = "missing_section"
	FlagUnknownAgency  = "unknown_agency"
	FlagUnmapped       = "unmapped"
	FlagLLMFallback    = "llm_fallback"
	FlagPersonalData   = "personal_data"
	FlagExtractWarning = "extract_warning"
	// FlagOCR: text of a page was read from its picture by OCR, which
	// misreads letters and figures, so it must be checked against the
	// original. Set for a Document warning that IsOCRWarning.
	FlagOCR = "ocr"
	// FlagVersionDoubt: two versions of the statement were sent and the
	// evidence for which one counts was thin or disagreed.
	FlagVersionDoubt = "version_doubt"
	// FlagAgencyDoubt: another agency was named nearly as strongly as the
	// one the statement is credited to.
	FlagAgencyDoubt = "agency_doubt"
)

// Statement is one agency's mapped statement. Documents holds the documents
// it came from (one usually; an inspection summary and a statement, or a
// statement split over two files, give more), and Placements covers every
// block of every document exactly once, in reading order.
type Statement struct {
	Agency string
	// AgencyKnown is false when no configured agency matched and Agency is
	// the document's own title (or file name).
	AgencyKnown bool
	Number      string // e.g. "7.5", set when the report is assembled
	Documents   []*Document
	Placements  []Placement
	Flags       []Flag
}

// Section returns the placements in section k, in reading order.
func (s *Statement) Section(k SectionKey) []Placement {
	var out []Placement
	for _, p := range s.Placements {
		if p.Section == k && p.Role != RoleTitle {
			out = append(out, p)
		}
	}
	return out
}

// HasContent reports whether section k holds any content (a heading alone
// is not content).
func (s *Statement) HasContent(k SectionKey) bool {
	for _, p := range s.Placements {
		if p.Section == k && !p.IsHeading() {
			return true
		}
	}
	return false
}
