// Package extract turns the bytes of one submission into a model.Document.
// It owns the Extractor interface, the registry that picks an extractor by
// format, the limits every reader keeps, and the safety net every extractor
// runs inside (panics recovered, time bounded). The format readers live in
// docx/, pdf/ and odt/ and import this package; pipeline fills the Registry.
package extract
