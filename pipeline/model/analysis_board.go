package model

// FigureUnit is what a figure counts in.
type FigureUnit string

// The figure units.
const (
	UnitPercent FigureUnit = "percent" // a percentage, of staff or of cases
	UnitCount   FigureUnit = "count"   // a number of things or people
	UnitMoney   FigureUnit = "money"   // a sum in pounds
)

// FigureKind says whether a figure is what was achieved or what is aimed for.
type FigureKind string

// The figure kinds.
const (
	FigureAchievement FigureKind = "achievement"
	FigureTarget      FigureKind = "target" // "100% of staff need to complete"
)

// Figure is one figure a statement gives: what is counted or measured, its
// group, unit, period, and whether it is an achievement or a target. Text
// and Sentence are verbatim; Citations point at the block.
type Figure struct {
	Agency string `json:"agency"`
	// Measure is what is counted or measured, as written ("Training
	// (PREVENT)", "referrals", "Child Protection concerns").
	Measure string `json:"measure"`
	// Group is the staff group, delivery (e-learning, classroom) or the
	// larger count a figure is part of, when the text gives one.
	Group  string     `json:"group,omitempty"`
	Unit   FigureUnit `json:"unit"`
	Period string     `json:"period,omitempty"`
	Kind   FigureKind `json:"kind"`
	Value  float64    `json:"value"`
	Text   string     `json:"text"` // the figure as written: "77%", "1,245"
	// Sentence is the sentence (or table row) the figure stands in, verbatim.
	Sentence  string     `json:"sentence"`
	From      string     `json:"from"` // "sentence" or "table"
	Citations []Citation `json:"citations"`
}

// PreviousReport is last year's report as the progress analysis reads it:
// per agency, its statement's paragraphs with their sections. The wiring
// builds it from a reportpipe JSON draft or a published DOCX or PDF.
type PreviousReport struct {
	File       string              `json:"file"`
	Statements []PreviousStatement `json:"statements"`
}

// PreviousStatement is one agency's statement of last year.
type PreviousStatement struct {
	Agency     string          `json:"agency"`
	Paragraphs []PreviousBlock `json:"paragraphs"`
}

// PreviousBlock is one paragraph, list item or table of last year's
// statement, verbatim, with where it stood.
type PreviousBlock struct {
	Section SectionKey `json:"section"`
	Text    string     `json:"text"`
	Page    int        `json:"page,omitempty"`
	Index   int        `json:"index"`
}

// ProgressStatus is what this year's statement shows of one of last year's
// areas for development.
type ProgressStatus string

// The progress statuses.
const (
	ProgressShown     ProgressStatus = "progress_shown"
	ProgressMentioned ProgressStatus = "mentioned_without_evidence"
	ProgressAbsent    ProgressStatus = "not_mentioned"
)

// Progress follows up last year's Key Areas for Development.
type Progress struct {
	// Source is last year's report file.
	Source string         `json:"source"`
	Items  []ProgressItem `json:"items"`
	// Carried are this year's paragraphs copied word for word from last
	// year's statement of the same agency.
	Carried []CarriedOver `json:"carried"`
	// NoPrevious are this year's agencies with no statement last year.
	NoPrevious []string `json:"no_previous,omitempty"`
}

// ProgressItem is one of last year's areas for development and what this
// year's statement shows of it. Area and Quote are verbatim.
type ProgressItem struct {
	Agency string         `json:"agency"`
	Area   string         `json:"area"`
	Status ProgressStatus `json:"status"`
	// Quote is this year's sentence that decided the status (none when not
	// mentioned); Citations point at its block.
	Quote     string     `json:"quote,omitempty"`
	Citations []Citation `json:"citations"`
	// Previous is where the area stood in last year's report.
	Previous Citation `json:"previous"`
}

// CarriedOver is a paragraph of this year's statement that repeats last
// year's word for word.
type CarriedOver struct {
	Agency    string     `json:"agency"`
	Text      string     `json:"text"`
	Citations []Citation `json:"citations"`
	Previous  Citation   `json:"previous"`
}

// ChecklistItem is one item of the yearly report's expected content and
// the paragraphs that meet it; none means no evidence was found.
type ChecklistItem struct {
	Key      string  `json:"key"`
	Title    string  `json:"title"`
	Evidence []Quote `json:"evidence"`
	// Awaited are the titles of the outline's chapters that cover the item
	// (outline[].covers) and have not arrived, listed only when no evidence
	// was found: the evidence may come with them.
	Awaited []string `json:"awaited,omitempty"`
}

// Quote is a sentence quoted verbatim with its citation.
type Quote struct {
	Text     string   `json:"text"`
	Citation Citation `json:"citation"`
}

// PartnerImpact says whether a statement shows a change for children (an
// outcome, a before-and-after figure) or describes activity only, with the
// sentences that decided it.
type PartnerImpact struct {
	Agency string  `json:"agency"`
	Change bool    `json:"change"`
	Quotes []Quote `json:"quotes"`
}
