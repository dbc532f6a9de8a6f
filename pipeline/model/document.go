package model

import "time"

// Format is a submission's file format, decided from its bytes.
type Format string

// The formats intake recognises. Only DOCX, PDF and ODT carry statements;
// EML carries them as attachments; the rest are rejected with a reason.
const (
	FormatDOCX    Format = "docx"
	FormatPDF     Format = "pdf"
	FormatODT     Format = "odt"
	FormatDOC     Format = "doc"
	FormatEML     Format = "eml"
	FormatTXT     Format = "txt"
	FormatUnknown Format = "unknown"
)

// Source identifies the file a Document came from.
type Source struct {
	Path     string    `json:"file"`
	Format   Format    `json:"format"`
	Size     int64     `json:"size"`
	SHA256   string    `json:"sha256"`
	Received time.Time `json:"received"`
	// Attachment names the attachment inside an e-mail, when Path is a .eml.
	Attachment string `json:"attachment,omitempty"`
}

// Document is what an extractor read from one file: its blocks in reading
// order, verbatim. Warnings are things a person may want to know that did not
// stop the reading (a page that could not be read, an embedded object skipped).
type Document struct {
	Source   Source
	Blocks   []Block
	Warnings []string
	// Modified is when the document says it was last saved (a Word file's
	// core properties); zero when it does not say. Weak evidence of which
	// version is later: any re-save changes it.
	Modified time.Time
}
