package layout

import (
	"fmt"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// defaultTitles stand in when a Report carries no section titles (a
// template without sections), so a report still reads well.
var defaultTitles = map[model.SectionKey]string{
	model.SectionInspection:  "Inspection Summary",
	model.SectionContext:     "Agency Context",
	model.SectionActivity:    "Safeguarding Children Activity",
	model.SectionOutcomes:    "Outcomes and Impact",
	model.SectionSuccesses:   "Key Successes",
	model.SectionDevelopment: "Key Areas for Development",
}

// Titles returns r.Sections, or the model's template order with default
// titles when r has none.
func Titles(r *model.Report) []model.SectionInfo {
	if len(r.Sections) > 0 {
		return r.Sections
	}
	out := make([]model.SectionInfo, 0, len(model.TemplateOrder))
	for _, k := range model.TemplateOrder {
		out = append(out, model.SectionInfo{Key: k, Title: defaultTitles[k]})
	}
	return out
}

// SectionTitle is the report title of section k.
func SectionTitle(r *model.Report, k model.SectionKey) string {
	for _, in := range Titles(r) {
		if in.Key == k {
			return in.Title
		}
	}
	return string(k)
}

// shortTitles name the template's sections in a table's narrow column
// headings, where the full titles ("Outcomes and Impact of Safeguarding
// Children Activity") would take five lines.
var shortTitles = map[model.SectionKey]string{
	model.SectionInspection:  "Inspection",
	model.SectionContext:     "Context",
	model.SectionActivity:    "Activity",
	model.SectionOutcomes:    "Outcomes",
	model.SectionSuccesses:   "Successes",
	model.SectionDevelopment: "Development",
}

// ShortTitle is a section's name in a column heading: one word for the
// template's sections, the full title for others.
func ShortTitle(r *model.Report, k model.SectionKey) string {
	if s, ok := shortTitles[k]; ok {
		return s
	}
	return SectionTitle(r, k)
}

// StatementsHeading is the heading of the partner statements part, e.g.
// "7 Partner Agency Annual Statements".
func StatementsHeading(m model.ReportMeta) string {
	num, title := m.StatementsNumber, m.StatementsTitle
	if title == "" {
		title = "Partner Agency Annual Statements"
	}
	if num == "" {
		return title
	}
	return num + " " + title
}

// AgencyHeading is a statement's heading, e.g. "7.1 Riverside Trust".
func AgencyHeading(s *model.Statement) string {
	if s.Number == "" {
		return s.Agency
	}
	return s.Number + " " + s.Agency
}

// SourceLine says where a statement came from: its files and when each was
// received.
func SourceLine(s *model.Statement) string {
	if len(s.Documents) == 0 {
		return "Source: not recorded"
	}
	parts := make([]string, 0, len(s.Documents))
	for _, d := range s.Documents {
		parts = append(parts, FileLabel(d.Source))
	}
	return "Source: " + strings.Join(parts, "; ")
}

// FileLabel names a source file with its received date.
func FileLabel(src model.Source) string {
	name := src.Path
	if src.Attachment != "" {
		name += " (attachment " + src.Attachment + ")"
	}
	if src.Received.IsZero() {
		return name
	}
	return fmt.Sprintf("%s, received %s", name, Date(src.Received))
}

// Date formats a date the way the report does: "4 May 2026".
func Date(t time.Time) string { return t.Format("2 January 2006") }

// decidedNote is the note on a block the reviewers placed themselves, so
// the Word comment and the review page say why it is where it is.
func decidedNote(p model.Placement, title string) string {
	if p.Mapper != model.MapperReviewers {
		return ""
	}
	if p.Section == model.SectionUnmapped {
		return "Not part of the statement: " + model.PlacedByReviewers
	}
	return "Placed in " + title + " by the reviewers"
}

// checkNote is the reviewer note for a placement mapping was unsure of:
// "Placed in Outcomes and Impact by meaning (0.43); could be Key Successes".
// Naming the runner-up tells the reviewer where else to look.
func checkNote(r *model.Report, p model.Placement, title string, low float64) string {
	if p.Role == model.RoleTitle || p.Role == model.RoleSectionHeading || p.Confidence >= low {
		return ""
	}
	how := "by meaning"
	if p.Mapper == "llm" {
		how = "by the language model"
	}
	note := fmt.Sprintf("Placed in %s %s (%.2f)", title, how, p.Confidence)
	if p.RunnerUp != "" && p.RunnerUp != p.Section && p.RunnerUp != model.SectionUnmapped {
		return note + "; could be " + SectionTitle(r, p.RunnerUp)
	}
	return note + ": check"
}
