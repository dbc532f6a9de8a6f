package main

import (
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
)

// Targets from the issues, per variant: word coverage (extraction) and
// section accuracy (mapping), as ../shared/tools/score-corpus measures them.
const minCoverage = 0.995

var minAccuracy = map[string]float64{
	"styled": 0.98, "bold": 0.98, "pdf": 0.98, "renamed": 0.95, "noheadings": 0.85,
}

// TestCorpusScores runs the real binary over the shared corpus and checks
// the issues' numbers: coverage on every good file, accuracy per variant,
// the agency of every good file, and both bad files rejected with a reason.
func TestCorpusScores(t *testing.T) {
	corpus := testutil.CorpusDir(t)
	truths, err := score.LoadTruth(corpus)
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(corpus, "config.yaml")
	sum, n := map[string]float64{}, map[string]int{}
	for _, tr := range truths {
		out, errOut, code := runCLI(t, t.TempDir(), "inspect", "--json", "--config", cfg, tr.Submission(corpus))
		objs := decodeLines(t, out)
		if len(objs) != 1 {
			t.Errorf("%s: want one JSON object, got %d (stderr %s)", tr.File, len(objs), errOut)
			continue
		}
		o := objs[0]
		if !tr.Good() {
			if o.Status != "rejected" || o.Reason == "" || code == 0 {
				t.Errorf("%s: want rejected with a reason and a non-zero exit, got %q %q exit %d", tr.File, o.Status, o.Reason, code)
			}
			continue
		}
		if o.Status != "ok" {
			t.Errorf("%s: rejected: %s", tr.File, o.Reason)
			continue
		}
		var blocks []score.Out
		for _, b := range o.Blocks {
			blocks = append(blocks, score.Out{Text: b.Text, Section: b.Section, Heading: b.Kind == "heading"})
		}
		cov, acc := score.Score(tr, blocks)
		t.Logf("%-11s cov %.3f acc %.3f  %s", tr.Variant, cov, acc, tr.File)
		if cov < minCoverage {
			t.Errorf("%s: word coverage %.3f < %.3f", tr.File, cov, minCoverage)
		}
		if tr.Agency != nil && (o.Agency == nil || *o.Agency != *tr.Agency) {
			t.Errorf("%s: agency %v, want %q", tr.File, deref(o.Agency), *tr.Agency)
		}
		sum[tr.Variant] += acc
		n[tr.Variant]++
	}
	for v, k := range n {
		mean := sum[v] / float64(k)
		t.Logf("variant %-11s n=%d accuracy %.3f", v, k, mean)
		if min, ok := minAccuracy[v]; ok && mean < min {
			t.Errorf("variant %s: accuracy %.3f < %.2f", v, mean, min)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<null>"
	}
	return *s
}
