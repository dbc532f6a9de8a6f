package score

import "testing"

func TestWordsFoldsCaseAndApostrophes(t *testing.T) {
	got := Words("The Trust’s 95% (£1,200) re-audit")
	want := []string{"the", "trust's", "95%", "£1", "200", "re", "audit"}
	if len(got) != len(want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Words = %q, want %q", got, want)
		}
	}
}

func TestScoreCountsOrderAndSections(t *testing.T) {
	truth := Truth{Blocks: []TruthBlock{
		{Label: "context", Text: "alpha beta gamma"},
		{Label: "activity", Text: "delta epsilon", AltLabels: []string{"outcomes"}},
	}}
	cases := []struct {
		name     string
		out      []Out
		cov, acc float64
	}{
		{"all right", []Out{{Text: "alpha beta gamma", Section: "context"}, {Text: "delta epsilon", Section: "outcomes"}}, 1, 1},
		{"wrong section", []Out{{Text: "alpha beta gamma delta epsilon", Section: "context"}}, 1, 0.6},
		{"missing word", []Out{{Text: "alpha gamma", Section: "context"}, {Text: "delta epsilon", Section: "activity"}}, 0.8, 0.8},
		{"headings ignored", []Out{{Text: "alpha beta gamma delta epsilon", Section: "context", Heading: true}}, 0, 0},
		{"out of order counts once", []Out{{Text: "delta epsilon", Section: "activity"}, {Text: "alpha beta gamma", Section: "context"}}, 0.6, 0.6},
	}
	for _, c := range cases {
		cov, acc := Score(truth, c.out)
		if cov != c.cov || acc != c.acc {
			t.Errorf("%s: coverage %.2f accuracy %.2f, want %.2f %.2f", c.name, cov, acc, c.cov, c.acc)
		}
	}
}

func TestCommonAgreesWithScore(t *testing.T) {
	a := Words("the quick brown fox jumps over the lazy dog")
	b := Words("a quick fox jumps high over a dog")
	if got := Common(a, b); got != 5 || got != len(lcs(a, b)) {
		t.Errorf("Common = %d, lcs = %d, want 5 (quick fox jumps over dog)", got, len(lcs(a, b)))
	}
}
