package layout

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// sharedDevelopment lists the themes more than one partner names as an
// area for development: what the board may take on as its own priorities.
// Each line names the partners and cites their development sections.
func sharedDevelopment(r *model.Report, t model.ThemeTable) AnalysisPart {
	p := AnalysisPart{Title: "Areas for development shared by several partners",
		Intro: "Themes that more than one statement names under its key areas for development."}
	for _, th := range t.Themes {
		if len(th.DevelopmentAgencies) < 2 {
			continue
		}
		var cites []model.Citation
		for _, ag := range th.Agencies {
			for _, c := range ag.Citations {
				if c.Section == model.SectionDevelopment {
					cites = append(cites, c)
				}
			}
		}
		p.Findings = append(p.Findings, Finding{
			Text:  fmt.Sprintf("%s: %s", th.Title, strings.Join(th.DevelopmentAgencies, "; ")),
			Cites: sectionCites(r, cites), Citations: cites,
		})
	}
	switch n := len(p.Findings); {
	case n == 0:
		return p
	case n == 1:
		p.Headline = "One theme is named as an area for development by more than one partner."
	default:
		p.Headline = fmt.Sprintf("%d themes are each named as an area for development by more than one partner.", n)
	}
	return p
}
