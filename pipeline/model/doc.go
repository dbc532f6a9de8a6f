// Package model holds the plain data that flows through reportpipe: the
// Document an extractor reads from one submission, the Statement that mapping
// makes of it, and the Report that analysis and rendering work on. It knows
// nothing of file formats or output formats; every stage speaks these types.
package model
