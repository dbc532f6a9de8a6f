//go:build unix

package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/benchseason"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/render"
)

// heapPeak follows the heap's objects while a stage runs; with a low GOGC
// (set by BenchmarkStages) their peak is close to the peak of what is live.
type heapPeak struct {
	mu   sync.Mutex
	peak uint64
	stop chan struct{}
}

func startPeak() *heapPeak {
	runtime.GC()
	h := &heapPeak{stop: make(chan struct{})}
	go func() {
		m := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-h.stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
			metrics.Read(m)
			h.mu.Lock()
			h.peak = max(h.peak, m[0].Value.Uint64())
			h.mu.Unlock()
		}
	}()
	return h
}

func (h *heapPeak) end() float64 {
	close(h.stop)
	h.mu.Lock()
	defer h.mu.Unlock()
	return float64(h.peak) / (1 << 20)
}

// BenchmarkStages is the memory of each stage of a run at scale (issue
// #24): a season of STAGES_N statements (default 800; one DOCX each) is
// run with a warm cache (the memory of a first run peaks in rendering,
// after every file is read), then each renderer writes its file on its
// own. It reports the peak heap of each, in MB, with GOGC=10 so the peak
// is what is live: compare two sizes to see what grows with the season.
//
//	STAGES_N=3200 go test -run '^$' -bench '^BenchmarkStages$' -benchtime 1x ./pipeline/
//
// With -memprofile (or -cpuprofile) the profiles show what holds it.
func BenchmarkStages(b *testing.B) {
	n := 800
	if v, err := strconv.Atoi(os.Getenv("STAGES_N")); err == nil && v > 0 {
		n = v
	}
	s, err := benchseason.Write(context.Background(), filepath.Join(os.TempDir(), fmt.Sprintf("reportpipe-bench-stages-%d", n)), benchseason.Options{N: n})
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := config.Load(s.Config, nil)
	if err != nil {
		b.Fatal(err)
	}
	cache := b.TempDir()
	seasonRun(b, cfg, cache) // fills the cache
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h := startPeak()
		res, _ := seasonRun(b, cfg, cache)
		b.ReportMetric(h.end(), "run-peak-MB")
		if len(res.Report.Statements) != n {
			b.Fatalf("%d statements, want %d", len(res.Report.Statements), n)
		}
		for _, rd := range render.All(render.Options{}) {
			h := startPeak()
			if err := rd.Render(io.Discard, res.Report); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(h.end(), rd.Ext()+"-peak-MB")
		}
	}
}
