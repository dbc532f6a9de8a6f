package template

import "github.com/reportpipe/reportpipe/pipeline/model"

// Template is the statement template.
type Template struct {
	Sections []Section `yaml:"sections"`
	Themes   []Theme   `yaml:"themes"`
}

// Section is one section of the template.
type Section struct {
	Key   model.SectionKey `yaml:"key"`
	Title string           `yaml:"title"`
	// Required sections are flagged when a statement lacks them.
	Required bool `yaml:"required"`
	// Headings are wordings agencies use for this section's heading.
	Headings []string `yaml:"headings"`
	// Patterns are regular expressions over a normalised heading.
	Patterns []string `yaml:"patterns"`
	// Meaning describes the section for a person or a language model.
	Meaning string `yaml:"meaning"`
	// Cues are words and phrases that suggest a block belongs here when the
	// document has no usable headings; general safeguarding language only.
	Cues []Cue `yaml:"cues"`
}

// Cue is a word or phrase with a weight.
type Cue struct {
	Text   string  `yaml:"text"`
	Weight float64 `yaml:"weight"`
}

// Theme is a cross-cutting theme the analysis looks for.
type Theme struct {
	Key      string   `yaml:"key"`
	Title    string   `yaml:"title"`
	Wordings []string `yaml:"wordings"`
	// MatchCase are wordings matched with their exact case, for words that
	// are also ordinary English ("Prevent" the strategy, not "to prevent").
	MatchCase []string `yaml:"match_case"`
}

// Section returns the section with key k, or nil.
func (t *Template) Section(k model.SectionKey) *Section {
	for i := range t.Sections {
		if t.Sections[i].Key == k {
			return &t.Sections[i]
		}
	}
	return nil
}

// Title returns the report title of section k, or k itself.
func (t *Template) Title(k model.SectionKey) string {
	if s := t.Section(k); s != nil && s.Title != "" {
		return s.Title
	}
	return string(k)
}
