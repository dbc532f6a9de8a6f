package update

import (
	"strings"
	"testing"
)

func TestDiffWords(t *testing.T) {
	cases := []struct{ old, new, want string }{
		{"We trained 380 staff.", "We trained 420 staff.", "We trained [-380-]{+420+} staff."},
		{"We will review our policy.", "We will review our policy and train all staff.", "We will review our policy{+ and train all staff+}."},
		{"Reached 1,200 young people.", "Reached 1,250 young people.", "Reached [-1,200-]{+1,250+} young people."},
		{"Same text.", "Same text.", "Same text."},
		{"", "New paragraph.", "{+New paragraph.+}"},
	}
	for _, c := range cases {
		var b strings.Builder
		for _, o := range diffWords(c.old, c.new) {
			switch o.kind {
			case opDelete:
				b.WriteString("[-" + o.text + "-]")
			case opInsert:
				b.WriteString("{+" + o.text + "+}")
			default:
				b.WriteString(o.text)
			}
		}
		if b.String() != c.want {
			t.Errorf("diff %q -> %q = %q, want %q", c.old, c.new, b.String(), c.want)
		}
	}
}

func TestTokensJoinBack(t *testing.T) {
	for _, s := range []string{"a b  c.", " lead and trail ", "tab\there\nnewline", "(aside), yes!", ""} {
		if got := strings.Join(tokens(s), ""); got != s {
			t.Errorf("tokens(%q) join to %q", s, got)
		}
	}
}
