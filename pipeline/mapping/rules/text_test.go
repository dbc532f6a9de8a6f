package rules

import (
	"reflect"
	"testing"
)

func TestStemMakesVariantsMeet(t *testing.T) {
	groups := [][]string{
		{"audit", "audits", "audited"},
		{"develop", "developing", "development", "developed"},
		{"activity", "activities"},
		{"success", "successes"},
		{"outcome", "outcomes"},
		{"improve", "improved", "improvement"},
		{"priority", "priorities"},
		{"achieved", "achieve", "achievement", "achievements"},
		{"train", "training", "trained"},
		{"proud", "proudest"},
		{"strong", "strongest"},
	}
	for _, g := range groups {
		want := stem(g[0])
		for _, w := range g[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: should meet", g[0], want, w, got)
			}
		}
	}
	apart := [][2]string{{"impact", "import"}, {"success", "successor"}, {"context", "contact"}, {"best", "be"}}
	for _, p := range apart {
		if stem(p[0]) == stem(p[1]) {
			t.Errorf("stem(%q) == stem(%q): should differ", p[0], p[1])
		}
	}
}

func TestTokens(t *testing.T) {
	cases := map[string][]string{
		"Children’s services: 85% trained": {"children", "servic", "85", "%", "train"},
		"Key Areas for Development":        {"key", "area", "for", "develop"},
		"  ":                               nil,
		"we don't know":                    {"we", "don", "know"},
	}
	for in, want := range cases {
		if got := tokens(in); !reflect.DeepEqual(got, want) {
			t.Errorf("tokens(%q) = %q, want %q", in, got, want)
		}
	}
}
