package provenance

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"time"
)

// Namespace names the manifest's XML vocabulary; its version changes when
// the shape does, so an old draft is recognised as old, not misread.
const Namespace = "urn:reportpipe:draft:1"

// Entry kinds: what a bookmarked paragraph is to its statement. Only Block
// entries are agency text; the others are lines the writer adds around it.
const (
	KindHeading = "heading" // the agency's numbered heading
	KindSource  = "source"  // the source line under it
	KindTitle   = "title"   // the statement's own title line
	KindSection = "section" // a template section title
	KindBlock   = "block"   // a paragraph, list item, sub-heading or table the agency wrote
	// KindAwaited is the line standing in for a chapter not yet arrived.
	KindAwaited = "awaited"
)

// Manifest is the whole record of one draft.
type Manifest struct {
	XMLName    xml.Name    `xml:"urn:reportpipe:draft:1 draft"`
	Generated  time.Time   `xml:"generated,attr"`
	Title      string      `xml:"title,attr,omitempty"`
	Statements []Statement `xml:"statement"`
	// Chapters are the board's chapters and appendices the draft holds,
	// in outline order (none in drafts made before they were recorded).
	Chapters []Chapter `xml:"chapter"`
}

// Chapter is one board chapter (or appendix) as the draft holds it: its
// part heading, which names it, the file it was read from and its
// digest (empty while awaited), and one entry per block under the part
// heading (one KindAwaited entry while awaited).
type Chapter struct {
	Heading string  `xml:"heading,attr"`
	File    string  `xml:"file,attr,omitempty"`
	SHA256  string  `xml:"sha256,attr,omitempty"`
	Entries []Entry `xml:"entry"`
}

// Statement is one agency's statement as the draft holds it.
type Statement struct {
	Agency  string   `xml:"agency,attr"`
	Number  string   `xml:"number,attr,omitempty"`
	Sources []Source `xml:"source"`
	Entries []Entry  `xml:"entry"`
}

// Source is one file a statement was read from.
type Source struct {
	File   string `xml:"file,attr"`
	SHA256 string `xml:"sha256,attr"`
}

// Entry is one bookmarked paragraph (or table) of a statement, in the
// order the draft shows them.
type Entry struct {
	ID      string `xml:"id,attr"` // the bookmark's name
	Kind    string `xml:"kind,attr"`
	Section string `xml:"section,attr,omitempty"`
	Hash    string `xml:"hash,attr"` // TextHash of the text as written
	// Text is a block's text as written (Normalize'd), so update can show
	// the agency's own change word by word where a reviewer edited the
	// paragraph too, and publish can list the reviewers' edits against it.
	// Empty for other kinds, and in drafts made before it was recorded.
	Text string `xml:"text,attr,omitempty"`
}

// Marshal writes the manifest as a standalone XML part.
func (m *Manifest) Marshal() ([]byte, error) {
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Write writes what Marshal returns to w as it encodes it, so a record of
// thousands of statements is not held twice.
func (m *Manifest) Write(w io.Writer) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	if err := xml.NewEncoder(w).Encode(m); err != nil {
		return fmt.Errorf("provenance: %w", err)
	}
	return nil
}

// ErrNotManifest says a part is not a reportpipe draft record.
var ErrNotManifest = errors.New("not a reportpipe draft record")

// Parse reads a manifest written by Marshal.
func Parse(data []byte) (*Manifest, error) {
	var m Manifest
	d := xml.NewDecoder(bytes.NewReader(data))
	if err := d.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotManifest, err)
	}
	return &m, nil
}

// Find returns the statement of agency, or nil.
func (m *Manifest) Find(agency string) *Statement {
	for i := range m.Statements {
		if m.Statements[i].Agency == agency {
			return &m.Statements[i]
		}
	}
	return nil
}

// FindChapter returns the chapter whose part heading is heading, or nil.
func (m *Manifest) FindChapter(heading string) *Chapter {
	for i := range m.Chapters {
		if m.Chapters[i].Heading == heading {
			return &m.Chapters[i]
		}
	}
	return nil
}
