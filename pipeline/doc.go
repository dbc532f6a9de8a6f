// Package pipeline wires the stages: intake finds and identifies the
// submissions, extract reads them, mapping places their blocks, analysis
// reads the statements together. A Pipeline run returns a Result (the Report
// and what happened to every file); rendering and writing are the caller's.
package pipeline
