// Package provenance owns the record a Word draft carries of where it came
// from: the run that wrote it, the statements and source files it holds,
// and one entry per agency paragraph, keyed by the bookmark around that
// paragraph, with a hash of the text as written; and the same for each
// board chapter (its part heading, file and digest, and its blocks). The docx writer fills it;
// pipeline/update reads it back from a reviewer's edited copy to know which
// paragraph is which and whether a reviewer changed it.
//
// The record is a custom XML part (customXml/item1.xml), which Word and
// LibreOffice both keep on a round-trip; document variables in settings.xml
// are dropped by LibreOffice, so they are not used.
package provenance
