package rules

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	m := round3Mapper(t)
	var cases []evalCase
	if os.Getenv("ZZ") == "tune" {
		for _, c := range loadShapeSet(t, round3Tune, 6) {
			c.td = stripHeadings(c.td)
			cases = append(cases, c)
		}
	} else {
		m = defaultMapper(t)
		for _, c := range loadEvalCases(t) {
			if c.kind == os.Getenv("ZZ") {
				cases = append(cases, c)
			}
		}
	}
	for _, c := range cases {
		ps, _ := m.Map(context.Background(), c.td.doc)
		a := accuracy(c.td, ps)
		if a > 0.999 {
			continue
		}
		fmt.Printf("== %s %.3f\n", c.name, a)
		for i, p := range ps {
			lab := "-"
			if c.td.labels[i] != nil {
				lab = strings.Join(c.td.labels[i], ",")
			}
			mark := " "
			if c.td.labels[i] != nil && !strings.Contains(","+lab+",", ","+string(p.Section)+",") {
				mark = "X"
			}
			txt := c.td.doc.Blocks[i].PlainText()
			if len(txt) > 90 {
				txt = txt[:90]
			}
			fmt.Printf("%s %-11s %-11s %.2f %T %s\n", mark, lab, p.Section, p.Confidence, c.td.doc.Blocks[i], txt)
		}
	}
}
