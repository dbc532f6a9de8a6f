// Package templates embeds the built-in statement template (template.yaml:
// sections, heading wordings, meaning cues, themes) and the reference Word
// document whose styles the draft uses (report.docx), so the binary works
// with no files beside it. Config may point at other copies.
package templates

import _ "embed"

// TemplateYAML is the built-in template.yaml.
//
//go:embed template.yaml
var TemplateYAML []byte
