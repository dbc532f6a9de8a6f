package analysis

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// completeness builds the agencies × sections table: a section is missing
// when the statement placed no content in it (a heading alone is not
// content), thin when its content has fewer than thinWords words (0 turns
// this off), present otherwise. It also lists the expected agencies with no
// statement and the statements lacking a section the template requires.
func completeness(c *corpus, expected []model.Agency, t *template.Template, thinWords int) model.Completeness {
	keys, required := templateSections(t)
	out := model.Completeness{
		Sections:        keys,
		ThinWords:       thinWords,
		Rows:            []model.CompletenessRow{},
		NotSubmitted:    notSubmitted(c, expected),
		LackingRequired: []model.MissingSection{},
	}
	for _, k := range keys {
		if !required[k] {
			out.Optional = append(out.Optional, k)
		}
	}
	for _, v := range c.stmts {
		row := model.CompletenessRow{Agency: v.agency, Files: v.files}
		for _, k := range keys {
			cell := sectionCell(v, k, thinWords)
			row.Cells = append(row.Cells, cell)
			if required[k] && cell.Status == model.StatusMissing {
				out.LackingRequired = append(out.LackingRequired, model.MissingSection{
					Agency: v.agency, Section: k, Title: t.Title(k), Files: v.files,
				})
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// templateSections returns the template's section keys in order and which
// are required. A template with no sections falls back to the fixed order,
// with every section but the inspection summary required.
func templateSections(t *template.Template) ([]model.SectionKey, map[model.SectionKey]bool) {
	required := map[model.SectionKey]bool{}
	var keys []model.SectionKey
	for _, s := range t.Sections {
		keys = append(keys, s.Key)
		required[s.Key] = s.Required
	}
	if len(keys) == 0 {
		keys = append(keys, model.TemplateOrder...)
		for _, k := range keys {
			required[k] = k != model.SectionInspection
		}
	}
	return keys, required
}

func sectionCell(v *stmtView, k model.SectionKey, thinWords int) model.SectionCell {
	items := v.section(k)
	cell := model.SectionCell{Section: k, Words: words(items), Citations: cites(items)}
	switch {
	case len(items) == 0:
		cell.Status = model.StatusMissing
	case cell.Words < thinWords:
		cell.Status = model.StatusThin
	default:
		cell.Status = model.StatusPresent
	}
	return cell
}

// notSubmitted lists the expected agencies (not Optional) that no statement
// names, matching the configured name or any alias.
func notSubmitted(c *corpus, expected []model.Agency) []string {
	// The statements' agencies by their folded names, once: a season of
	// thousands of agencies must not compare every agency with every
	// statement.
	sent := make(map[string]bool, len(c.stmts))
	for _, v := range c.stmts {
		sent[agencyKey(v.agency)] = true
	}
	out := []string{}
	for _, a := range expected {
		if a.Optional || submitted(sent, a) {
			continue
		}
		out = append(out, a.Name)
	}
	return out
}

func submitted(sent map[string]bool, a model.Agency) bool {
	if sent[agencyKey(a.Name)] {
		return true
	}
	for _, alias := range a.Aliases {
		if sent[agencyKey(alias)] {
			return true
		}
	}
	return false
}
