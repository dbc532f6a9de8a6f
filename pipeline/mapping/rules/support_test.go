package rules

import "testing"

func TestSupport(t *testing.T) {
	hits := func(score ...float64) cueHits { return cueHits{score: score, cues: make([][]string, len(score))} }
	for _, tc := range []struct {
		name string
		h    cueHits
		s    int
		want float64
	}{
		{"its own cues are strongest", hits(0, 2, 1), 1, 1},
		{"a tie with another section counts as its own", hits(0, 2, 2), 1, 1},
		{"no cue at all: placed by its neighbours", hits(0, 0, 0), 1, 0.9},
		{"its cues point elsewhere", hits(0, 1, 3), 1, 0.81},
		{"cues only for another section", hits(2, 0, 0), 1, 0.81},
	} {
		if got := support(tc.h, tc.s, 0.9); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("%s: support = %v, want %v", tc.name, got, tc.want)
		}
	}
}
