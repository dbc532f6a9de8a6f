package rules

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// ZZD=field=value: print blocks whose placement differs from the default.
func TestZZDiff(t *testing.T) {
	spec := os.Getenv("ZZD")
	if spec == "" {
		t.Skip()
	}
	var name string
	var val float64
	fmt.Sscanf(strings.Replace(spec, "=", " ", 1), "%s %g", &name, &val)
	m0 := defaultMapper(t)
	m1 := defaultMapper(t)
	for _, k := range append(knobs, extraKnobs...) {
		if k.name == name {
			*k.at(&m1.tune) = val
		}
	}
	for _, c := range loadEvalCases(t) {
		p0, _ := m0.withPeriod(c.period).Map(context.Background(), c.td.doc)
		p1, _ := m1.withPeriod(c.period).Map(context.Background(), c.td.doc)
		a0, a1 := accuracy(c.td, p0), accuracy(c.td, p1)
		printed := false
		for i := range p0 {
			if p0[i].Section == p1[i].Section && (p0[i].Confidence >= 0.6) == (p1[i].Confidence >= 0.6) {
				continue
			}
			if !printed {
				fmt.Printf("== %s %s %.3f -> %.3f\n", c.kind, c.name, a0, a1)
				printed = true
			}
			lab := strings.Join(c.td.labels[i], ",")
			txt := c.td.doc.Blocks[i].PlainText()
			if len(txt) > 80 {
				txt = txt[:80]
			}
			fmt.Printf("  %-11s %s %.2f -> %s %.2f  %T %s\n", lab, p0[i].Section, p0[i].Confidence, p1[i].Section, p1[i].Confidence, c.td.doc.Blocks[i], txt)
		}
	}
}
