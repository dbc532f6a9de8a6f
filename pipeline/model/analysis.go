package model

// Analysis holds the cross-partner findings. Its fields are owned by
// pipeline/analysis; every finding carries Citations back to its sources.
type Analysis struct{}

// Citation points a finding at the text it rests on.
type Citation struct {
	Agency  string     `json:"agency"`
	Section SectionKey `json:"section"`
	File    string     `json:"file"`
	Page    int        `json:"page,omitempty"`
	Index   int        `json:"index"`
}
