package model

// Analysis holds the cross-partner findings. Its fields are owned by
// pipeline/analysis; every finding carries Citations back to its sources.
// The analyses only read agency text: nothing here rewrites it, and every
// quoted Text is copied verbatim from a block.
type Analysis struct {
	Completeness Completeness `json:"completeness"`
	Themes       ThemeTable   `json:"themes"`
	// TrainingTarget is the compliance percentage under which a training
	// figure is marked BelowTarget (default 90).
	TrainingTarget float64               `json:"training_target"`
	Training       []TrainingFigure      `json:"training"`
	Impact         []ImpactFinding       `json:"impact"`
	Publication    []PersonalDataFinding `json:"publication"`
	// Notes are drafts from the optional language model, marked as drafts and
	// citing their sources; never report text.
	Notes []DraftNote `json:"notes,omitempty"`
	// Flags are what the analysis found that a statement's reader must act
	// on (possible personal data), by agency; Report.FlagsOf adds them to
	// the statement's own flags, so the statements are never changed after
	// they are assembled.
	Flags map[string][]Flag `json:"-"`
	// Figures are every figure the statements give (figures.go in
	// pipeline/analysis), each quoted with its sentence.
	Figures []Figure `json:"figures,omitempty"`
	// Progress follows up last year's Key Areas for Development, when
	// last year's report was given (analysis.previous).
	Progress *Progress `json:"progress,omitempty"`
	// Checklist is the yearly report's expected content, item by item.
	Checklist []ChecklistItem `json:"checklist,omitempty"`
	// Partners is each statement's impact: activity only or a change for
	// children, with the sentences that decided it.
	Partners []PartnerImpact `json:"partners,omitempty"`
}

// Citation points a finding at the text it rests on.
type Citation struct {
	Agency  string     `json:"agency"`
	Section SectionKey `json:"section"`
	File    string     `json:"file"`
	Page    int        `json:"page,omitempty"`
	Index   int        `json:"index"`
	// Chapter is the title of the board's chapter (or appendix) the cited
	// block is in, for a citation of the whole report's outline rather than
	// of a statement (Agency and Section are then empty; File and Index
	// still name the block).
	Chapter string `json:"chapter,omitempty"`
	// Paragraph is the cited block's number in its chapter as printed,
	// counting paragraphs, list items and tables from 1 (headings are not
	// counted); 0 for a citation of a statement.
	Paragraph int `json:"paragraph,omitempty"`
}

// SectionStatus is how well a statement fills one template section.
type SectionStatus string

// The section statuses.
const (
	StatusPresent SectionStatus = "present"
	StatusThin    SectionStatus = "thin" // present but fewer than ThinWords words
	StatusMissing SectionStatus = "missing"
)

// Completeness is the agencies × sections table, the expected agencies that
// sent nothing, and the statements lacking a required section.
type Completeness struct {
	// Sections are the table's columns, in template order.
	Sections []SectionKey `json:"sections"`
	// Optional are the columns the template does not require (the
	// inspection summary): a statement without one lacks nothing.
	Optional        []SectionKey      `json:"optional,omitempty"`
	ThinWords       int               `json:"thin_words"`
	Rows            []CompletenessRow `json:"rows"`
	NotSubmitted    []string          `json:"not_submitted"`
	LackingRequired []MissingSection  `json:"lacking_required"`
}

// CompletenessRow is one agency's line of the completeness table.
type CompletenessRow struct {
	Agency string   `json:"agency"`
	Files  []string `json:"files"`
	// Cells follow Completeness.Sections, one per column.
	Cells []SectionCell `json:"cells"`
}

// SectionCell is one agency's state for one section.
type SectionCell struct {
	Section   SectionKey    `json:"section"`
	Status    SectionStatus `json:"status"`
	Words     int           `json:"words"`
	Citations []Citation    `json:"citations"`
}

// MissingSection is a statement that lacks a section the template requires.
type MissingSection struct {
	Agency  string     `json:"agency"`
	Section SectionKey `json:"section"`
	Title   string     `json:"title"`
	Files   []string   `json:"files"`
}

// ThemeTable is the agencies × cross-cutting themes table. Themes lists the
// candidates for the board's own areas for development first.
type ThemeTable struct {
	Agencies []string       `json:"agencies"`
	Themes   []ThemeFinding `json:"themes"`
	// CandidateMin is how many agencies must name a theme under development
	// for it to be a Candidate (3).
	CandidateMin int `json:"candidate_min"`
}

// ThemeFinding is one theme: who raises it, where, and who names it as an
// area for development.
type ThemeFinding struct {
	Key   string `json:"key"`
	Title string `json:"title"`
	// Candidate is true when at least CandidateMin agencies raise the theme
	// under development.
	Candidate           bool          `json:"candidate"`
	Agencies            []ThemeAgency `json:"agencies"`
	DevelopmentAgencies []string      `json:"development_agencies"`
}

// ThemeAgency is one agency raising one theme.
type ThemeAgency struct {
	Agency      string       `json:"agency"`
	Sections    []SectionKey `json:"sections"`
	Development bool         `json:"development"`
	// Matched are the distinct words as written in the text ("CSE", "FGM").
	Matched   []string   `json:"matched"`
	Citations []Citation `json:"citations"`
}

// TrainingFigure is one training compliance figure an agency gives.
type TrainingFigure struct {
	Agency string `json:"agency"`
	// Course is the course or level as written ("Level 3", "Safeguarding
	// Children Level 2", "WRAP").
	Course string `json:"course"`
	// Level is the normalised level ("Level 3") when one is named.
	Level string `json:"level,omitempty"`
	// Group is the column or staff group a table figure belongs to, from the
	// header row ("Compliance", "Medical staff"), when there is one.
	Group       string  `json:"group,omitempty"`
	Percent     float64 `json:"percent"`
	Text        string  `json:"text"` // the figure as written, "85%"
	BelowTarget bool    `json:"below_target"`
	// From is "table" or "sentence".
	From      string     `json:"from"`
	Citations []Citation `json:"citations"`
}

// ImpactReason says why a statement shows no evidence of impact.
type ImpactReason string

// The impact reasons.
const (
	ImpactMissing   ImpactReason = "missing"    // no outcomes section
	ImpactThin      ImpactReason = "thin"       // outcomes section under ThinWords
	ImpactNoMeasure ImpactReason = "no_measure" // no figure or comparison of difference made
	ImpactNoData    ImpactReason = "no_data"    // says it has no data / cannot evidence
)

// ImpactFinding is a statement whose outcomes and impact section gives no
// evidence of the difference made.
type ImpactFinding struct {
	Agency string       `json:"agency"`
	Reason ImpactReason `json:"reason"`
	Detail string       `json:"detail"` // plain English for the reviewer
	// Quote is the verbatim phrase that triggered no_data, when there is one.
	Quote     string     `json:"quote,omitempty"`
	Words     int        `json:"words"`
	Citations []Citation `json:"citations"`
}

// PersonalDataKind names a kind of possible personal data.
type PersonalDataKind string

// The personal data kinds the publication check looks for.
const (
	PDEmail       PersonalDataKind = "email"
	PDPhone       PersonalDataKind = "phone"
	PDNHSNumber   PersonalDataKind = "nhs_number"
	PDDateOfBirth PersonalDataKind = "date_of_birth"
	PDPostcode    PersonalDataKind = "postcode"
	PDNamedChild  PersonalDataKind = "named_child"
)

// PersonalDataFinding is possible personal data that should not appear in a
// published report. The text is never changed; the renderer comments on it.
type PersonalDataFinding struct {
	Agency string           `json:"agency"`
	Kind   PersonalDataKind `json:"kind"`
	Text   string           `json:"text"` // the matched text, verbatim
	// Offset is the byte offset of Text in the block's PlainText.
	Offset    int        `json:"offset"`
	Detail    string     `json:"detail"`
	Citations []Citation `json:"citations"`
}

// DraftNote is an analysis note drafted by the optional language model. It
// is a draft for the business manager, never report text, and cites the
// blocks it rests on.
type DraftNote struct {
	Text      string     `json:"text"`
	Agencies  []string   `json:"agencies"`
	Citations []Citation `json:"citations"`
}
