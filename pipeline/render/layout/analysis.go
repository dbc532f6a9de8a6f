package layout

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// AnalysisPart is one sub-section of the analysis as every renderer shows
// it: an optional table (first row the header), then findings, each with
// its citations. Draft parts hold language-model drafts, to be shown as such.
type AnalysisPart struct {
	Title string
	// Headline is the part's finding in one sentence, read first.
	Headline string
	Intro    string
	Table    [][]string
	// TableCites are the citations of each row of Table after the header
	// (TableCites[0] is row 1's), shown in column CiteColumn; CiteColumn is
	// 0 when the table cites nothing (column 0 always names the row).
	TableCites [][]model.Citation
	CiteColumn int
	Findings   []Finding
	// Evidence marks findings that are the evidence behind the table, one
	// line per agency: a long list the Word draft moves to an appendix.
	Evidence bool
	Draft    bool
	// Review parts are work for the reviewers before publication (the
	// possible personal data), not findings to publish.
	Review bool
	// Internal parts are the reviewers' working tables (word counts, the
	// keyword census): the review page and the draft's appendix show them,
	// never the analysis a board publishes.
	Internal bool
}

// Finding is one line of the analysis with where it comes from.
type Finding struct {
	Text string
	// Lead is the start of Text a reader scans for (a checklist item's
	// title and its colon), shown in bold; "" for none.
	Lead  string
	Cites string // "" when the finding cites nothing
	// Citations are the blocks Cites names, for links to them.
	Citations []model.Citation
}

// Analysis lays out r.Analysis; parts with nothing to show are left out.
func Analysis(r *model.Report) []AnalysisPart {
	a := r.Analysis
	if a == nil {
		return nil
	}
	var out []AnalysisPart
	for _, p := range []AnalysisPart{
		progressPart(r, a.Progress), partnersPart(r, a.Partners), checklistPart(r, a.Checklist), figuresOrTraining(r, a),
		impact(r, a.Impact), sharedDevelopment(r, a.Themes), completeness(r, a.Completeness), themes(r, a.Themes),
		carriedPart(r, a.Progress), publication(r, a.Publication), notes(r, a.Notes),
	} {
		if len(p.Table) > 1 || len(p.Findings) > 0 {
			out = append(out, p)
		}
	}
	return out
}

func completeness(r *model.Report, c model.Completeness) AnalysisPart {
	p := AnalysisPart{Title: "Completeness of statements", Internal: true}
	if len(c.Rows) > 0 {
		p.Intro = fmt.Sprintf("The words each statement gives under each section of the template; a section under %d words is marked thin. "+
			"A required section a statement lacks is missing; an optional one (such as an inspection summary) is marked not given.", c.ThinWords)
		head := []string{"Agency"}
		for _, k := range c.Sections {
			head = append(head, ShortTitle(r, k))
		}
		p.Table = [][]string{head}
		for _, row := range c.Rows {
			line := []string{row.Agency}
			for _, cell := range row.Cells {
				line = append(line, cellText(cell, slices.Contains(c.Optional, cell.Section)))
			}
			p.Table = append(p.Table, line)
		}
	}
	for _, a := range c.NotSubmitted {
		p.Findings = append(p.Findings, Finding{Text: a + ": no statement received"})
	}
	for _, m := range c.LackingRequired {
		title := m.Title
		if title == "" {
			title = SectionTitle(r, m.Section)
		}
		p.Findings = append(p.Findings, Finding{Text: fmt.Sprintf("%s: no %s section", m.Agency, title), Cites: strings.Join(m.Files, "; "),
			Citations: []model.Citation{{Agency: m.Agency}}}) // the statement as a whole
	}
	p.Headline = completenessHeadline(r, c)
	return p
}

// cellText is one completeness cell: the words given, or why there are
// none; an optional section a statement leaves out is no gap, so it is not
// called missing.
func cellText(c model.SectionCell, optional bool) string {
	switch c.Status {
	case model.StatusMissing:
		if optional {
			return "not given"
		}
		return "missing"
	case model.StatusThin:
		return fmt.Sprintf("thin, %d words", c.Words)
	case "":
		return ""
	}
	return fmt.Sprintf("%d words", c.Words)
}

func themes(r *model.Report, t model.ThemeTable) AnalysisPart {
	p := AnalysisPart{Title: "Cross-cutting themes", Evidence: true, Internal: true}
	if len(t.Themes) == 0 {
		return p
	}
	p.Headline = themesHeadline(t)
	p.Intro = fmt.Sprintf("Themes the statements raise. A theme named as an area for development by at least %d agencies is a candidate for the board's own priorities.", t.CandidateMin)
	p.Table = [][]string{{"Theme", "Raised by", "Named for development by", "Candidate"}}
	var none []string
	for _, th := range t.Themes {
		if len(th.Agencies) == 0 { // a compact table: these are named once below it
			none = append(none, th.Title)
			continue
		}
		var by []string
		for _, ag := range th.Agencies {
			by = append(by, ag.Agency)
		}
		cand := ""
		if th.Candidate {
			cand = "yes"
		}
		p.Table = append(p.Table, []string{th.Title, strings.Join(by, "; "), strings.Join(th.DevelopmentAgencies, "; "), cand})
		for _, ag := range th.Agencies {
			p.Findings = append(p.Findings, Finding{
				Text:  fmt.Sprintf("%s: %s (%s)", th.Title, ag.Agency, quoted(ag.Matched)),
				Cites: sectionCites(r, ag.Citations), Citations: ag.Citations,
			})
		}
	}
	if len(none) > 0 {
		p.Intro += " Not raised by any statement: " + strings.Join(none, ", ") + "."
	}
	return p
}

// figuresOrTraining is the figures part, or the training table for an
// analysis made before figures were read (a JSON of an older draft).
func figuresOrTraining(r *model.Report, a *model.Analysis) AnalysisPart {
	if len(a.Figures) > 0 || len(a.Training) == 0 {
		return figuresPart(r, a)
	}
	return training(r, a)
}

func training(r *model.Report, a *model.Analysis) AnalysisPart {
	p := AnalysisPart{Title: "Training compliance"}
	if len(a.Training) == 0 {
		return p
	}
	p.Intro = fmt.Sprintf("Training figures as the statements give them; figures under the %s%% target are marked.", strconv.FormatFloat(a.TrainingTarget, 'f', -1, 64))
	p.Headline = trainingHeadline(a)
	p.Table = [][]string{{"Agency", "Course", "Group", "Figure", "Under target", "Source"}}
	p.CiteColumn = 5
	for _, f := range a.Training {
		under := ""
		if f.BelowTarget {
			under = "yes"
		}
		p.Table = append(p.Table, []string{f.Agency, f.Course, f.Group, f.Text, under, ShortCites(f.Citations)})
		p.TableCites = append(p.TableCites, f.Citations)
	}
	return p
}

func impact(r *model.Report, fs []model.ImpactFinding) AnalysisPart {
	// Internal: its reasons are word counts ("37 words, fewer than 40"); the
	// board's judgement per partner is the impact part (board.go).
	p := AnalysisPart{Title: "Evidence of impact", Internal: true, Intro: "Statements whose outcomes and impact section gives no evidence of the difference made."}
	for _, f := range fs {
		text := f.Agency + ": " + f.Detail
		if f.Quote != "" {
			text += " (\u201c" + f.Quote + "\u201d)"
		}
		p.Findings = append(p.Findings, Finding{Text: text, Cites: sectionCites(r, f.Citations), Citations: f.Citations})
	}
	p.Headline = impactHeadline(r, fs)
	return p
}

// publication lists possible personal data by kind and place, without
// repeating the matched text: the comment in the statement marks it.
func publication(r *model.Report, fs []model.PersonalDataFinding) AnalysisPart {
	p := AnalysisPart{Title: PersonalDataTitle, Review: true,
		Intro: "Text that may identify a person. Check each place before the report is published; the text itself has not been changed."}
	for _, f := range fs {
		p.Findings = append(p.Findings, Finding{Text: f.Agency + ": " + PersonalDataNote(f), Cites: sectionCites(r, f.Citations), Citations: f.Citations})
	}
	p.Headline = fmt.Sprintf("%s to check before the report is published.", count(len(fs), "possible item", "possible items")+" of personal data")
	return p
}

func notes(r *model.Report, ns []model.DraftNote) AnalysisPart {
	p := AnalysisPart{Title: DraftNotesTitle, Draft: true,
		Intro: "Drafted by a language model for the business manager. They are not agency text: check each against the statements it cites."}
	for _, n := range ns {
		p.Findings = append(p.Findings, Finding{Text: "Draft: " + n.Text, Cites: Cites(r, n.Citations), Citations: n.Citations})
	}
	return p
}

// PersonalDataNote is the reviewer note for a possible piece of personal data.
func PersonalDataNote(f model.PersonalDataFinding) string {
	kind := strings.ReplaceAll(string(f.Kind), "_", " ")
	if f.Detail != "" {
		return fmt.Sprintf("possible personal data (%s): %s", kind, f.Detail)
	}
	return fmt.Sprintf("possible personal data (%s): check before publication", kind)
}

func quoted(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = "\u201c" + w + "\u201d"
	}
	return strings.Join(out, ", ")
}

// ShortCites formats citations for a table whose row already names the
// agency: "statement.docx p. 2 #14; ...".
func ShortCites(cs []model.Citation) string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, shortCite(c))
	}
	return strings.Join(out, "; ")
}

func shortCite(c model.Citation) string {
	s := path.Base(filepath.ToSlash(c.File))
	if c.Page > 0 {
		s += fmt.Sprintf(" p. %d", c.Page)
	}
	return s + fmt.Sprintf(" #%d", c.Index)
}

// sectionCites formats citations for a finding that names its agency:
// "Key Successes, statement.docx p. 2 #14; ...".
func sectionCites(r *model.Report, cs []model.Citation) string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		s := shortCite(c)
		switch {
		case c.Chapter != "":
			s = ChapterPlace(c) + ", " + s
		case c.Section != "":
			s = SectionTitle(r, c.Section) + ", " + s
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// Cites formats citations: "Agency, Section, file p. 2 #14; ...".
func Cites(r *model.Report, cs []model.Citation) string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		s := c.File
		if c.Page > 0 {
			s += fmt.Sprintf(" p. %d", c.Page)
		}
		s += fmt.Sprintf(" #%d", c.Index)
		if c.Chapter != "" {
			s = ChapterPlace(c) + ", " + s
		}
		if c.Section != "" {
			s = SectionTitle(r, c.Section) + ", " + s
		}
		if c.Agency != "" {
			s = c.Agency + ", " + s
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

// ChapterPlace names a cited block of a board chapter as a reader finds
// it: "Introduction from the Chair, paragraph 3".
func ChapterPlace(c model.Citation) string {
	if c.Paragraph == 0 {
		return c.Chapter
	}
	return c.Chapter + ", paragraph " + strconv.Itoa(c.Paragraph)
}

// CiteLabel names what a citation points at, as the draft's links and the
// review page's show it: the section, after the agency when withAgency
// ("the statement" for a citation of a whole one); for a board chapter the
// paragraph, after the chapter when withAgency.
func CiteLabel(r *model.Report, c model.Citation, withAgency bool) string {
	switch {
	case c.Chapter != "" && (withAgency || c.Paragraph == 0):
		return ChapterPlace(c)
	case c.Chapter != "":
		return "paragraph " + strconv.Itoa(c.Paragraph)
	case c.Section == "" && withAgency:
		return c.Agency
	case c.Section == "":
		return "the statement"
	case withAgency:
		return c.Agency + ", " + SectionTitle(r, c.Section)
	}
	return SectionTitle(r, c.Section)
}
