// Package examplechapters holds the fictional chapters and tables of the
// example board's whole report (Markdown, a DOCX made by pandoc, an ODT
// saved by LibreOffice, CSV tables), embedded so `reportpipe init
// --example` can write them into a new workspace's chapters/ folder.
package examplechapters

import "embed"

// Files are the example chapters and tables.
//
//go:embed *.md *.docx *.odt *.csv
var Files embed.FS
