// Package benchseason writes a fictional season of statements for the speed
// benchmarks of issue #24: n agencies' DOCX statements, some of them saved
// as Word 97-2003 .doc by LibreOffice, and one scanned PDF (a page picture
// with no text layer, so OCR reads it), with a configuration naming every
// agency. The words are generated; no real statement is copied. The
// benchmarks in pipeline/ and scripts/bench-compare.sh (through
// internal/benchseason/gen) share it, so both measure the same season.
package benchseason
