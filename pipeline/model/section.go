package model

// SectionKey names a section of the statement template.
type SectionKey string

// The template's sections, in report order, and Unmapped for blocks that no
// section took. Inspection comes first because agencies put inspection
// summaries before the statement proper.
const (
	SectionInspection  SectionKey = "inspection"
	SectionContext     SectionKey = "context"
	SectionActivity    SectionKey = "activity"
	SectionOutcomes    SectionKey = "outcomes"
	SectionSuccesses   SectionKey = "successes"
	SectionDevelopment SectionKey = "development"
	SectionUnmapped    SectionKey = "unmapped"
)

// TemplateOrder lists the template's sections in the order the report shows them.
var TemplateOrder = []SectionKey{
	SectionInspection, SectionContext, SectionActivity,
	SectionOutcomes, SectionSuccesses, SectionDevelopment,
}

// Valid reports whether k is a template section or Unmapped.
func (k SectionKey) Valid() bool {
	if k == SectionUnmapped {
		return true
	}
	for _, s := range TemplateOrder {
		if s == k {
			return true
		}
	}
	return false
}
