package html

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// flagWords name the flag kinds for a reviewer; the kinds themselves
// (low_confidence, ...) are for programs reading the JSON.
var flagWords = map[string]string{
	model.FlagLowConfidence:  "Uncertain placements",
	model.FlagMissingSection: "Missing section",
	model.FlagUnknownAgency:  "Agency not recognised",
	model.FlagUnmapped:       "Text not placed in a section",
	model.FlagLLMFallback:    "Language model unavailable",
	model.FlagPersonalData:   "Possible personal data",
	model.FlagExtractWarning: "Text hard to read",
	model.FlagOCR:            "Read by OCR",
	model.FlagVersionDoubt:   "Which version counts",
	model.FlagAgencyDoubt:    "Which agency sent it",
}

// flagWord is a flag kind in plain words; an unknown kind is shown with its
// underscores as spaces.
func flagWord(kind string) string {
	if w, ok := flagWords[kind]; ok {
		return w
	}
	return sentence(kind)
}

// roleWords name a placement's role; content, the usual case, says nothing.
var roleWords = map[model.Role]string{
	model.RoleContent:        "",
	"":                       "",
	model.RoleTitle:          "title line",
	model.RoleSectionHeading: "section heading",
	model.RoleSubHeading:     "sub-heading",
}

func roleWord(r model.Role) string {
	if w, ok := roleWords[r]; ok {
		return w
	}
	return sentence(string(r))
}

// kindWord is a block kind in plain words ("list item").
func kindWord(k model.Kind) string { return sentence(string(k)) }

// mapperWord says who placed a block.
func mapperWord(m string) string {
	switch m {
	case "rules":
		return "rules"
	case "llm":
		return "language model"
	case model.MapperReviewers:
		return "the reviewers"
	}
	return m
}

func sentence(s string) string { return strings.ReplaceAll(s, "_", " ") }
