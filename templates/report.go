package templates

import _ "embed"

// ReportDOCX is the built-in reference Word document (report.docx): the
// DOCX renderer copies its styles into every draft. It is made by
// pipeline/render/docx/internal/mkref (go generate ./pipeline/render/docx).
//
//go:embed report.docx
var ReportDOCX []byte
