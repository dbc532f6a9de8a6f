package rules

import "testing"

// owncues.go: no cue for the placed section and a clear cue score for
// another caps the confidence under the flag line; a cue of its own, or a
// weak pull elsewhere, leaves it.
func TestOwnCuesElsewhere(t *testing.T) {
	h := cueHits{score: []float64{0, 2.0, 0}, cues: [][]string{nil, {"fell", "%"}, nil}}
	if got := ownCuesElsewhere(h, 0, 0.65); got >= 0.6 {
		t.Errorf("no cue of its own, clear cues elsewhere: %.2f, want flagged", got)
	}
	if got := ownCuesElsewhere(h, 1, 0.9); got != 0.9 {
		t.Errorf("placed where its cues point: %.2f, want 0.9", got)
	}
	weak := cueHits{score: []float64{0, 0.5, 0}, cues: [][]string{nil, {"new"}, nil}}
	if got := ownCuesElsewhere(weak, 0, 0.8); got != 0.8 {
		t.Errorf("a weak pull elsewhere: %.2f, want 0.8", got)
	}
	own := cueHits{score: []float64{0.5, 2.0, 0}, cues: [][]string{{"trained"}, {"fell", "%"}, nil}}
	if got := ownCuesElsewhere(own, 0, 0.8); got != 0.8 {
		t.Errorf("a cue of its own: %.2f, want 0.8", got)
	}
}
