package tracker

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// TestCorpusTracker runs the real pipeline on the shared corpus with its
// five agencies plus one that never submitted: the five have statements,
// the two bad files are rejected with reasons, the sixth is missing.
func TestCorpusTracker(t *testing.T) {
	dir := testutil.CorpusDir(t)
	cfg, err := config.Load(filepath.Join(dir, "config.yaml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Paths.Submissions = filepath.Join(dir, "submissions")
	cfg.Agencies = append(cfg.Agencies, config.Agency{Name: "Riverside Ferry Company", Contact: "office@ferry.example.org"})
	p, err := pipeline.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tr := Build(res, optionsOf(cfg), time.Now())
	for _, r := range tr.Rows[:5] {
		t.Logf("%s: %s, %s, files %v, flags %v", r.Agency, r.State, r.Sections, r.Files, r.Flags)
		if r.State == Missing || len(r.Files) == 0 || r.Number == "" {
			t.Errorf("%s: %s with files %v, want its statement", r.Agency, r.State, r.Files)
		}
	}
	if last := tr.Rows[5]; last.State != Missing {
		t.Errorf("the agency that never submitted is %s", last.State)
	}
	if len(tr.Rejected) != 2 {
		t.Errorf("rejected %+v, want the zero-byte DOCX and the encrypted PDF", tr.Rejected)
	}
	for _, r := range tr.Rejected {
		if r.Reason == "" || r.Agency == "" {
			t.Errorf("rejected %s: reason %q agency %q", r.File, r.Reason, r.Agency)
		}
	}
	if len(tr.Unidentified) != 0 {
		t.Errorf("unidentified %+v", tr.Unidentified)
	}
}

// BenchmarkCorpusCachedStatus is `reportpipe status` on the shared corpus
// when nothing changed: every document comes from the cache. Target: under
// 0.2 s per run.
func BenchmarkCorpusCachedStatus(b *testing.B) {
	dir := testutil.CorpusDir(b)
	cfg, err := config.Load(filepath.Join(dir, "config.yaml"), nil)
	if err != nil {
		b.Fatal(err)
	}
	cfg.Paths.Submissions = filepath.Join(dir, "submissions")
	p, err := pipeline.New(cfg, pipeline.WithCache(intake.OpenCache(b.TempDir())))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := p.Run(context.Background()); err != nil { // fills the cache
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := p.Run(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		Build(res, optionsOf(cfg), time.Now())
	}
}
