package rules

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// ZZA="Field=v,Field=v;Field=v": each ;-separated variant.
func TestZZAblate(t *testing.T) {
	spec := os.Getenv("ZZA")
	if spec == "" {
		t.Skip()
	}
	cases := loadEvalCases(t)
	for _, v := range append([]string{"default"}, strings.Split(spec, ";")...) {
		m := defaultMapper(t)
		for _, kv := range strings.Split(v, ",") {
			var name string
			var val float64
			if n, _ := fmt.Sscanf(strings.Replace(kv, "=", " ", 1), "%s %g", &name, &val); n < 2 {
				continue
			}
			for _, k := range append(knobs, extraKnobs...) {
				if k.name == name {
					*k.at(&m.tune) = val
				}
			}
		}
		r := evaluate(t, m, cases)
		t.Logf("%-28s fict %.3f shapes %.3f round3 %.3f headless %.3f part %.3f | agency %.3f | silent %.3f %.3f %.3f %.3f | auc %.3f",
			v, r.mean("fictional", ""), r.mean("shapes", ""), r.mean("round3", ""), r.mean("headless", ""), r.mean("part", ""), agencyMean(r),
			r.silentMean("shapes"), r.silentMean("round3"), r.silentMean("headless"), r.silentMean("part"), r.auc())
	}
}
