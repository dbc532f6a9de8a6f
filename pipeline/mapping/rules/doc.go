// Package rules is the default, offline mapper: it places every block of a
// Document into a template section. Headings that match a section's wordings
// (tolerantly: case, punctuation, numbering, plurals, small typos) open that
// section and the blocks under them follow it; stretches with no usable
// heading are placed by meaning, scoring each block against the sections'
// cue words and choosing, by dynamic programming, the best assignment that
// keeps the template's order. Every placement carries a confidence and the
// evidence in words.
package rules
