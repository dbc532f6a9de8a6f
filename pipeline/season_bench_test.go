//go:build unix

package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/benchseason"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// cpuNow is the CPU time (user and system) of this process and of the
// programs it started and waited for (LibreOffice, tesseract): the cost
// issue #24 counts, steady on a busy machine where wall time is not.
func cpuNow() time.Duration {
	var self, kids syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &kids)
	tv := func(t syscall.Timeval) time.Duration { return time.Duration(t.Nano()) }
	return tv(self.Utime) + tv(self.Stime) + tv(kids.Utime) + tv(kids.Stime)
}

// season writes (or reuses) the benchmark season of issue #24: 200
// statements, 5 of them .doc files and one a scanned PDF.
func season(b *testing.B) (benchseason.Season, config.Config) {
	b.Helper()
	opt := benchseason.Options{N: 200, Docs: 5, Scan: true}
	if missing := benchseason.Need(opt); missing != "" {
		b.Skip("the benchmark season needs", missing)
	}
	s, err := benchseason.Write(context.Background(), filepath.Join(os.TempDir(), "reportpipe-bench-season-200"), opt)
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := config.Load(s.Config, nil)
	if err != nil {
		b.Fatal(err)
	}
	return s, cfg
}

// seasonRun runs the pipeline over the season with the cache in dir and
// reports the CPU time it took (children included) as cpu-ms/op.
func seasonRun(b *testing.B, cfg config.Config, cache string) (*pipeline.Result, time.Duration) {
	b.Helper()
	p, err := pipeline.New(cfg, pipeline.WithCache(intake.OpenCache(cache)))
	if err != nil {
		b.Fatal(err)
	}
	start := cpuNow()
	res, err := p.Run(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return res, cpuNow() - start
}

// BenchmarkSeason measures a first run, a run with nothing changed and a
// run after one statement changed over the season, in CPU time. Targets
// (issue #24): nothing changed <= 5% of a first run; one changed <= 10% of
// a first run plus that statement's own cost (BenchmarkSeason/one-alone).
// Run with -benchtime=1x: a first run converts and OCRs for tens of seconds.
func BenchmarkSeason(b *testing.B) {
	s, cfg := season(b)
	b.Run("first", func(b *testing.B) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			res, c := seasonRun(b, cfg, b.TempDir())
			cpu += c
			if res.Work.Converted != 5 || len(res.Report.Statements) < 190 {
				b.Fatalf("first run: %+v, %d statements", res.Work, len(res.Report.Statements))
			}
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	})
	warm := b.TempDir()
	seasonRun(b, cfg, warm)
	b.Run("nothing-changed", func(b *testing.B) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			res, c := seasonRun(b, cfg, warm)
			cpu += c
			if res.Work.Extracted+res.Work.Mapped+res.Work.Converted != 0 {
				b.Fatalf("nothing changed, yet the run did %+v", res.Work)
			}
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	})
	const edited = 7
	b.Run("one-changed", func(b *testing.B) {
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			if err := s.Edit(edited, 2+i); err != nil {
				b.Fatal(err)
			}
			res, c := seasonRun(b, cfg, warm)
			cpu += c
			if res.Work.Extracted != 1 {
				b.Fatalf("one statement changed, yet the run did %+v", res.Work)
			}
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	})
	b.Run("one-alone", func(b *testing.B) { // the changed statement's own cost: a first run over it alone
		alone := b.TempDir()
		data, err := os.ReadFile(s.Files[edited])
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(alone, filepath.Base(s.Files[edited])), data, 0o644); err != nil {
			b.Fatal(err)
		}
		one := cfg
		one.Paths.Submissions = alone
		var cpu time.Duration
		for i := 0; i < b.N; i++ {
			_, c := seasonRun(b, one, b.TempDir())
			cpu += c
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	})
}
