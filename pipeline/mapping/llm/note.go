package llm

import "github.com/reportpipe/reportpipe/pipeline/model"

// Note says that the model's answer for one document was not used and why.
// The pipeline puts it in the run summary and the JSON, and on the
// statement as a model.FlagLLMFallback flag.
type Note struct {
	File       string `json:"file"`
	Attachment string `json:"attachment,omitempty"`
	Message    string `json:"message"`
}

// Flag is the note as a statement flag for reviewers.
func (n Note) Flag() model.Flag {
	return model.Flag{Kind: model.FlagLLMFallback, Message: n.Message}
}

// For reports whether the note is about doc.
func (n Note) For(doc *model.Document) bool {
	return n.File == doc.Source.Path && n.Attachment == doc.Source.Attachment
}

func (m *Mapper) addNote(doc *model.Document, msg string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.notes = append(m.notes, Note{File: doc.Source.Path, Attachment: doc.Source.Attachment, Message: msg})
}

// Notes returns the fallback notes recorded since the last call and clears
// them, so a watch loop reports each run's notes once.
func (m *Mapper) Notes() []Note {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := m.notes
	m.notes = nil
	return out
}

// NotesFor returns (without clearing) the notes about doc, for the
// statement's flags.
func (m *Mapper) NotesFor(doc *model.Document) []Note {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Note
	for _, n := range m.notes {
		if n.For(doc) {
			out = append(out, n)
		}
	}
	return out
}
