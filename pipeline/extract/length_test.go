package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestCheckLength(t *testing.T) {
	para := func(text string) model.Block { return &model.Paragraph{Text: text} }
	cases := []struct {
		name   string
		blocks []model.Block
		lim    Limits
		want   string // "" for accepted
	}{
		{"a statement", []model.Block{para("Riverside trained 412 staff."), para("Two audits.")}, Limits{}, ""},
		{"one block too many", []model.Block{para("a"), para("b"), para("c")}, Limits{MaxBlocks: 2}, "3 blocks"},
		{"words over the bound", []model.Block{para("one two"), para("three, four-five")}, Limits{MaxWords: 4}, "over 4 words"},
		{"words exactly at the bound", []model.Block{para("one two"), para("three four")}, Limits{MaxWords: 4}, ""},
		{"table cells count", []model.Block{&model.Table{Rows: [][]string{{"a b", "c"}, {"d", "e f"}}}}, Limits{MaxWords: 5}, "over 5 words"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := CheckLength(&model.Document{Blocks: c.blocks}, c.lim)
			if c.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			ie, ok := errors.AsType[*model.InputError](err)
			if !ok || !errors.Is(err, model.ErrTooLarge) || !strings.Contains(ie.Detail, c.want) || !strings.Contains(ie.Detail, "far longer than a statement") {
				t.Errorf("error %v, want an InputError holding %q", err, c.want)
			}
		})
	}
}
