// Package html renders the review page: one self-contained HTML file
// (inline CSS, no scripts, no external assets) with a summary of the run
// (statements, missing agencies, rejected and superseded files) and one
// panel per agency listing every block with its section, a coloured
// confidence badge, the mapper, the source file and page, and the flags.
// All submission text goes through html/template, so it is escaped.
package html
