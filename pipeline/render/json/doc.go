// Package json renders a Report as JSON for other tools and tests: the
// report's description, every statement with its sources, its sections in
// template order (then unmapped) and every block with its kind, verbatim
// text, confidence, source position, role, mapper and evidence; the flags;
// the missing agencies; superseded and rejected files; and the analysis.
// The exported types are the schema, so readers can decode into them.
package json
