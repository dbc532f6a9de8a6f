package llm

import (
	"fmt"
	"strings"
	"sync"
)

// Sent says what left the machine in a run: which endpoint and model, and
// how much statement text went there. A run whose Sent is not Empty must say
// so in its summary (Summary gives the sentence).
type Sent struct {
	Endpoint string `json:"endpoint"`
	Model    string `json:"model"`
	// Documents and Blocks count the statement text sent for mapping (each
	// block of a document sent counts, including those sent for context).
	Documents int `json:"documents"`
	Blocks    int `json:"blocks"`
	// NoteRequests counts requests for draft analysis notes, which send the
	// analysis facts (agency names, sections, figures), not statement text.
	NoteRequests int `json:"note_requests"`
	// Attempts counts HTTP requests made, retries included; a connection
	// that was refused sent nothing and is not counted.
	Attempts int `json:"attempts"`
}

// Empty reports whether nothing was sent.
func (s Sent) Empty() bool { return s.Attempts == 0 }

// Summary is the run summary's line, or "" when nothing was sent.
func (s Sent) Summary() string {
	if s.Empty() {
		return ""
	}
	var what []string
	if s.Documents > 0 {
		what = append(what, fmt.Sprintf("%d block(s) of statement text from %d document(s)", s.Blocks, s.Documents))
	}
	if s.NoteRequests > 0 {
		what = append(what, fmt.Sprintf("the analysis facts for draft notes (%d request(s))", s.NoteRequests))
	}
	return fmt.Sprintf("Sent %s to the language model %s at %s (%d HTTP request(s)).",
		strings.Join(what, " and "), s.Model, s.Endpoint, s.Attempts)
}

// sentLog counts what was sent; safe for concurrent use.
type sentLog struct {
	mu sync.Mutex
	s  Sent
}

func (l *sentLog) add(d Sent) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.s.Documents += d.Documents
	l.s.Blocks += d.Blocks
	l.s.NoteRequests += d.NoteRequests
	l.s.Attempts += d.Attempts
}

func (l *sentLog) get() Sent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.s
}

// take returns the counts and starts again from zero.
func (l *sentLog) take() Sent {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.s
	l.s = Sent{Endpoint: out.Endpoint, Model: out.Model}
	return out
}
