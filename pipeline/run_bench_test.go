package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/render"
)

// benchRun compiles and renders the submissions in subs once per iteration,
// with no cache, as "reportpipe run" does on a first run.
func benchRun(b *testing.B, cfg config.Config) {
	b.Helper()
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		cfg.Paths.Output = b.TempDir()
		p, err := pipeline.New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		res, err := p.Run(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Report.Statements) == 0 {
			b.Fatal("no statements compiled")
		}
		if _, err := render.WriteAll(cfg.Paths.Output, "bench", time.Now(), res.Report, render.All(render.Options{})); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(res.Report.Statements)), "statements")
	}
}

// BenchmarkRunCorpus: the 22 shared corpus files (target: under 1 s).
func BenchmarkRunCorpus(b *testing.B) {
	corpus := testutil.CorpusDir(b)
	cfg, err := config.Load(filepath.Join(corpus, "config.yaml"), nil)
	if err != nil {
		b.Fatal(err)
	}
	cfg.Paths.Submissions = filepath.Join(corpus, "submissions")
	benchRun(b, cfg)
}

// BenchmarkRun1000: 1,000 submissions, copies of the fictional examples
// under varied names, each its own configured agency (target: under 30 s).
func BenchmarkRun1000(b *testing.B) {
	src := filepath.Join(testutil.RepoRoot(b), "submissions")
	var good []string
	for _, name := range []string{
		"Riverside Community Health - LSCB statement.docx", "Northgate Police statement 2025-26.pdf",
		"Westbrook College annual statement.odt", "Hillside Housing statement v2 - updated figures.docx",
	} {
		good = append(good, filepath.Join(src, name))
	}
	subs := b.TempDir()
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	for i := 0; i < 1000; i++ {
		from := good[i%len(good)]
		agency := fmt.Sprintf("Partner Agency %04d", i)
		to := filepath.Join(subs, fmt.Sprintf("folder%02d", i%20), agency+" annual statement"+filepath.Ext(from))
		copyFile(b, from, to)
		cfg.Agencies = append(cfg.Agencies, config.Agency{Name: agency})
	}
	benchRun(b, cfg)
}

func copyFile(b *testing.B, from, to string) {
	data, err := os.ReadFile(from)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil && !strings.Contains(err.Error(), "exists") {
		b.Fatal(err)
	}
}
