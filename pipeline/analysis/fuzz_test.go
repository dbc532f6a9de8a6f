package analysis

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Any text, as a paragraph and as a table, analyses without a panic, and
// every quoted finding stands at its offset in the block it cites.
func FuzzAnalyseText(f *testing.F) {
	for _, seed := range []string{
		"Level 1 compliance is 95%, Level 2 is 88% and Level 3 is 80%.",
		"Jack, aged 7, DOB: 12/03/2009, lives at AB1 2DE; call 01632 960123 or jane@example.org. NHS 943 476 5919.",
		"ECRC does not have data to evidence the impact.",
		"Core Practice Courses\tTotal\n\tNo\t%\nSafeguarding Level 1\t10\t95%",
		"a 9 year old called Sam. e.g. 1. 2. %%% Level Levels 4/5/6 per cent",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var rows [][]string
		for _, line := range strings.Split(text, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
		s := stmt("Riverside Community Health Trust", "r.docx", para(act, text), table(out, rows...), para(dev, text))
		a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
		for _, p := range a.Publication {
			b := s.Placements[p.Citations[0].Index].Block.PlainText()
			if p.Offset < 0 || p.Offset+len(p.Text) > len(b) || b[p.Offset:p.Offset+len(p.Text)] != p.Text {
				t.Fatalf("finding %+v is not at its offset in %q", p, b)
			}
		}
		for _, fig := range a.Training {
			if fig.Percent < 0 || fig.Percent > 100 || fig.Course == "" {
				t.Fatalf("figure %+v out of range or unnamed", fig)
			}
		}
	})
}
