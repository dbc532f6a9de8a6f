package model

import "time"

// ReportMeta is the report's own description, from configuration.
type ReportMeta struct {
	Board       string    `json:"board"`
	Title       string    `json:"title"`
	Period      string    `json:"period"`
	GeneratedAt time.Time `json:"generated_at"`
	// StatementsNumber and StatementsTitle head the partner statements part,
	// e.g. "7" and "Partner Agency Annual Statements".
	StatementsNumber string `json:"statements_number"`
	StatementsTitle  string `json:"statements_title"`
	// StatementsIntro is the paragraph that opens the part, before the key.
	StatementsIntro string `json:"statements_intro,omitempty"`
}

// SectionInfo is a template section as the report titles it.
type SectionInfo struct {
	Key   SectionKey `json:"key"`
	Title string     `json:"title"`
}

// Rejected is a submission that could not be used, with the reason a person
// can act on.
type Rejected struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Superseded is a submission replaced by a newer version of the same statement.
type Superseded struct {
	File   string `json:"file"`
	Agency string `json:"agency"`
	By     string `json:"by"`
	// Why says what decided that By is the later version; Doubt is set when
	// the evidence was thin or disagreed (the statement is flagged too).
	Why   string `json:"why,omitempty"`
	Doubt bool   `json:"doubt,omitempty"`
}

// Awaited is an expected agency whose statement has not arrived.
type Awaited struct {
	Agency string `json:"agency"`
	Number string `json:"number"` // e.g. "7.3"
}

// Report is everything the renderers write: the statements in report order
// and the account of what was missing, superseded or rejected.
type Report struct {
	Meta       ReportMeta
	Sections   []SectionInfo // the template's sections in order, with titles
	Statements []*Statement
	Missing    []string
	// Awaited are the expected agencies with no statement yet, with the
	// number their statement will have, so the part keeps their place and
	// numbers never shift as statements arrive.
	Awaited    []Awaited
	Superseded []Superseded
	Rejected   []Rejected
	Analysis   *Analysis
	// Notes are run-level remarks for the summary (e.g. text sent to a model).
	Notes []string
	// Parts is the whole report's outline in order, when one is
	// configured: the board's chapters, the statements, the analysis,
	// data tables and appendices. Nil: the report is the statements part
	// and the analysis, as it always was.
	Parts []Part
}

// HasOutline reports whether the report follows a configured outline.
func (r *Report) HasOutline() bool { return r != nil && len(r.Parts) > 0 }

// FlagsOf is everything to check in one statement: its own flags, from
// assembling it, and those the analysis raised about it.
func (r *Report) FlagsOf(st *Statement) []Flag {
	if r == nil || r.Analysis == nil || len(r.Analysis.Flags[st.Agency]) == 0 {
		return st.Flags
	}
	out := append([]Flag(nil), st.Flags...)
	return append(out, r.Analysis.Flags[st.Agency]...)
}
