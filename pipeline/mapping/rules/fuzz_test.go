package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzMap builds a document from arbitrary text, one block per line (a
// leading "#" makes a heading, "*" a bold candidate, "-" a list item, "|" a
// table row), and checks the mapper never fails, panics or loses a block.
func FuzzMap(f *testing.F) {
	f.Add("# Riverside Trust\n## Agency context\nWe provide care.\n- one\n- two\n* Key successes\nWe won.")
	f.Add("Title\nAs a result referrals fell by 20%.\nNext year we will improve.\n| a | b |")
	f.Add("\n\n#\n*\n-\n|")
	f.Add("3.1 (ii) a) Key Sucesses:\nÄ\xff\xfe inspection Ofsted")
	m := defaultMapper(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := fuzzDoc(text)
		ps, err := m.Map(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Blocks) == 0 {
			return
		}
		checkConservation(t, d, ps)
	})
}

func fuzzDoc(text string) *model.Document {
	var blocks []model.Block
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "#"):
			level := len(line) - len(strings.TrimLeft(line, "#"))
			blocks = append(blocks, h(level, strings.TrimLeft(line, "# ")))
		case strings.HasPrefix(line, "*"):
			blocks = append(blocks, bold(strings.TrimLeft(line, "* ")))
		case strings.HasPrefix(line, "-"):
			blocks = append(blocks, item(line[1:]))
		case strings.HasPrefix(line, "|"):
			blocks = append(blocks, table(strings.Split(line, "|")))
		default:
			blocks = append(blocks, para(line))
		}
	}
	return doc(blocks...)
}
