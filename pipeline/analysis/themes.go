package analysis

import (
	"sort"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// themes builds the agencies × themes table. A theme is raised by an agency
// when one of its wordings appears in any block of the statement but the
// title and the section headings (which the report replaces with the
// template's titles). For each agency it records the sections, whether it
// raises the theme under development, the words as written and a citation
// per block. Themes that at least CandidateMin agencies raise under
// development come first, most named first: they are the candidates for the
// board's own areas for development. The others keep the template's order.
func themes(c *corpus, defs []template.Theme) model.ThemeTable {
	out := model.ThemeTable{Agencies: []string{}, Themes: []model.ThemeFinding{}, CandidateMin: CandidateMin}
	for _, v := range c.stmts {
		out.Agencies = append(out.Agencies, v.agency)
	}
	for _, def := range defs {
		re := newThemeMatcher(def)
		if re == nil {
			continue // template validation reports bad wordings; nothing to match here
		}
		f := model.ThemeFinding{Key: def.Key, Title: def.Title, Agencies: []model.ThemeAgency{}, DevelopmentAgencies: []string{}}
		for _, v := range c.stmts {
			if ta, ok := themeAgency(v, re); ok {
				f.Agencies = append(f.Agencies, ta)
				if ta.Development {
					f.DevelopmentAgencies = append(f.DevelopmentAgencies, ta.Agency)
				}
			}
		}
		f.Candidate = len(f.DevelopmentAgencies) >= CandidateMin
		out.Themes = append(out.Themes, f)
	}
	sort.SliceStable(out.Themes, func(i, j int) bool {
		a, b := out.Themes[i], out.Themes[j]
		if a.Candidate != b.Candidate {
			return a.Candidate
		}
		return a.Candidate && len(a.DevelopmentAgencies) > len(b.DevelopmentAgencies)
	})
	return out
}

// themeAgency reports where one statement raises one theme.
func themeAgency(v *stmtView, re *themeMatcher) (model.ThemeAgency, bool) {
	ta := model.ThemeAgency{Agency: v.agency}
	inSection := map[model.SectionKey]bool{}
	seen := map[string]bool{}
	for _, it := range v.items {
		if it.p.Role == model.RoleTitle || it.p.Role == model.RoleSectionHeading {
			continue
		}
		locs := re.find(it.text, it.lower)
		if len(locs) == 0 {
			continue
		}
		ta.Citations = append(ta.Citations, it.cite)
		inSection[it.p.Section] = true
		for _, l := range locs {
			m := it.text[l[0]:l[1]]
			if k := strings.ToLower(m); !seen[k] {
				seen[k] = true
				ta.Matched = append(ta.Matched, m)
			}
		}
	}
	if len(ta.Citations) == 0 {
		return ta, false
	}
	ta.Sections = orderedSections(inSection)
	ta.Development = inSection[model.SectionDevelopment]
	return ta, true
}

// orderedSections lists the sections in template order, Unmapped last.
func orderedSections(in map[model.SectionKey]bool) []model.SectionKey {
	var out []model.SectionKey
	for _, k := range append(append([]model.SectionKey{}, model.TemplateOrder...), model.SectionUnmapped) {
		if in[k] {
			out = append(out, k)
		}
	}
	return out
}
