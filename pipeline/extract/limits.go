package extract

import "time"

// Limits bound what one file may cost. They guard against zip bombs, deeply
// nested XML and endless PDFs; real statements are far inside them.
type Limits struct {
	MaxFileBytes  int64         // the submission itself
	MaxEntryBytes int64         // one decompressed zip entry
	MaxTotalBytes int64         // all decompressed zip entries read
	MaxXMLDepth   int           // element nesting
	MaxPages      int           // PDF pages read
	Timeout       time.Duration // wall time for one file
	// MaxBlocks and MaxWords bound the document read: one longer than any
	// statement would cost the run its mapping, analysis and rendering.
	MaxBlocks int
	MaxWords  int
}

// DefaultLimits are generous for statements and tight for attacks.
var DefaultLimits = Limits{
	MaxFileBytes:  64 << 20,
	MaxEntryBytes: 32 << 20,
	MaxTotalBytes: 96 << 20,
	MaxXMLDepth:   256,
	MaxPages:      500,
	Timeout:       20 * time.Second,
	MaxBlocks:     5000,
	MaxWords:      300000,
}

// WithDefaults returns l with every zero (or negative) field taken from
// DefaultLimits, so a zero Limits is safe rather than unbounded.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxEntryBytes <= 0 {
		l.MaxEntryBytes = d.MaxEntryBytes
	}
	if l.MaxTotalBytes <= 0 {
		l.MaxTotalBytes = d.MaxTotalBytes
	}
	if l.MaxXMLDepth <= 0 {
		l.MaxXMLDepth = d.MaxXMLDepth
	}
	if l.MaxPages <= 0 {
		l.MaxPages = d.MaxPages
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	if l.MaxBlocks <= 0 {
		l.MaxBlocks = d.MaxBlocks
	}
	if l.MaxWords <= 0 {
		l.MaxWords = d.MaxWords
	}
	return l
}
