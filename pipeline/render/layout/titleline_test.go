package layout

import (
	"slices"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestTitleLines(t *testing.T) {
	title := func(text string) model.Placement {
		return model.Placement{Block: &model.Paragraph{Text: text}, Role: model.RoleTitle}
	}
	cases := []struct {
		name   string
		titles []string
		want   []string
	}{
		{"only the agency's name: the heading stands for it", []string{"Riverside Trust"}, nil},
		{"the name in other case and punctuation", []string{"RIVERSIDE TRUST."}, nil},
		{"words after the name: kept whole", []string{"Riverside Trust - Partner Agency Annual Statement"},
			[]string{"Riverside Trust - Partner Agency Annual Statement"}},
		{"a short name the heading does not hold", []string{"RT"}, []string{"RT"}},
		{"title and subtitle", []string{"Riverside Trust", "Annual statement, prepared by the safeguarding lead, May 2020"},
			[]string{"Annual statement, prepared by the safeguarding lead, May 2020"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &model.Statement{Agency: "Riverside Trust", Number: "7.1"}
			for _, tt := range c.titles {
				s.Placements = append(s.Placements, title(tt))
			}
			s.Placements = append(s.Placements, model.Placement{Block: &model.Paragraph{Text: "Riverside Trust - content"}, Role: model.RoleContent})
			if got := TitleLines(s); !slices.Equal(got, c.want) {
				t.Errorf("TitleLines = %q, want %q", got, c.want)
			}
		})
	}
}
