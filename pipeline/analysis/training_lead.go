package analysis

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// leadMaxWords bounds a lead-in: a longer paragraph is text, not a caption.
const leadMaxWords = 40

// leadIn tracks the short paragraph or sub-heading that introduces a table
// or a list ("Level 3 training compliance by staff group:"), so that a
// table or list item that names neither training nor a level still reads
// as one: "Nursing – 85%" under that lead is a Level 3 figure.
type leadIn struct {
	section model.SectionKey
	text    string // the paragraph or sub-heading before the current table or list
	adjoins bool   // the lead comes right before the current item
}

// forTable returns the lead of a table: the paragraph right before it.
func (l *leadIn) forTable() string {
	if l.adjoins {
		return l.text
	}
	return ""
}

// forList returns the lead of a list item: the paragraph before its list.
func (l *leadIn) forList() string { return l.text }

// enter readies the tracker for an item in section k: a new section ends
// a lead.
func (l *leadIn) enter(k model.SectionKey) {
	if k != l.section {
		*l = leadIn{section: k}
	}
}

// see moves the tracker past it. A table or a long paragraph ends a lead.
func (l *leadIn) see(it item) {
	switch it.p.Block.(type) {
	case *model.ListItem:
		l.adjoins = false
	case *model.Table:
		l.text, l.adjoins = "", false
	default: // a paragraph or a sub-heading
		l.text, l.adjoins = "", false
		if wordCount(it.text) <= leadMaxWords {
			l.text, l.adjoins = it.text, true
		}
	}
}

// mentionsTraining reports whether text names training, a numbered level,
// or compliance that is not an audit's.
func mentionsTraining(text string) bool {
	if text == "" {
		return false
	}
	return trainingCueRe.Get().MatchString(text) || levelRe.Get().MatchString(text) ||
		complianceRe.Get().MatchString(text) && !auditRe.Get().MatchString(text)
}

// onlyLevel returns the level a text names when it names exactly one.
func onlyLevel(text string) string {
	if ls := levelRe.Get().FindAllString(text, 2); len(ls) == 1 {
		return normLevel(ls[0])
	}
	return ""
}
