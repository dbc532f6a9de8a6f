package contain

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// envChild marks a process started to read one file. Its name does not
// look like a configuration key (REPORTPIPE_<SECTION>_<KEY>).
const envChild = "REPORTPIPE__READER_CHILD"

// DefaultMemory bounds one reader process's data segment: the file (at
// most 64 MB), its decompressed parts and the document read, with room
// to spare; a flate or zip bomb meets it long before the machine does.
const DefaultMemory = 256 << 20

// grace is the time a reader process gets beyond the reader's own
// deadline to start and to send its answer.
const grace = 3 * time.Second

// maxUses is how many files one reader process reads before it is
// replaced: a process start costs more than most files, and a fresh one
// now and then keeps whatever a parser leaves behind from adding up.
const maxUses = 50

// idleFor is how long an idle reader process waits for the next file
// before it is stopped (Release stops them at once).
const idleFor = 10 * time.Second

var enabled atomic.Bool

// Main serves a read request and exits when this process was started as
// a reader child; otherwise it marks child reading as available and
// returns. build makes the registry the child reads with.
func Main(build func(extract.Limits) extract.Registry) {
	if os.Getenv(envChild) == "" {
		enabled.Store(childSupported)
		return
	}
	os.Exit(serve(build))
}

// Runner reads files through the registry, in a child process where the
// binary supports it. A reader process reads file after file (each with
// its own deadline and CPU allowance, under one memory limit) and is
// replaced when it fails, overruns or has read maxUses files; the
// processes idle between files are stopped by Release, or after idleFor.
type Runner struct {
	reg    extract.Registry
	Memory int64 // the child's memory limit in bytes; 0 means DefaultMemory
	stats  Stats
	mu     sync.Mutex
	idle   []*child    // reader processes waiting for a file
	reaper *time.Timer // stops the idle ones after idleFor
}

// Stats is what the reader processes of a Runner cost, for tests and
// benchmarks that hold the bounds.
type Stats struct {
	Children   int           // processes started (each may read many files)
	Files      int           // files read in reader processes
	MaxRSS     int64         // the largest peak resident size of one, in bytes
	CPU        time.Duration // user+system time of all of them
	Killed     int           // stopped at their deadline or limit
	InProcess  int           // files read in this process instead
	LastKilled string        // why the last one was stopped
}

// New returns a Runner over reg.
func New(reg extract.Registry) *Runner { return &Runner{reg: reg} }

// Stats returns the costs so far.
func (r *Runner) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// Extract reads data as format f within lim: in a child process when
// available, else in process.
func (r *Runner) Extract(ctx context.Context, f model.Format, data []byte, lim extract.Limits) (*model.Document, error) {
	if !enabled.Load() {
		r.mu.Lock()
		r.stats.InProcess++
		r.mu.Unlock()
		return r.reg.Extract(ctx, f, data, lim)
	}
	if _, ok := r.reg[f]; !ok {
		return nil, fmt.Errorf("extract: no extractor for format %q", f)
	}
	mem := r.Memory
	if mem <= 0 {
		mem = DefaultMemory
	}
	lim = lim.WithDefaults()
	deadline := r.reg.Budget(f, lim) + grace
	return r.inChild(ctx, request{Format: f, Limits: lim, Data: data, Memory: mem, CPU: 2 * deadline}, deadline)
}

// record adds what a stopped reader process cost.
func (r *Runner) record(rss int64, cpu time.Duration, killed string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.MaxRSS = max(r.stats.MaxRSS, rss)
	r.stats.CPU += cpu
	if killed != "" {
		r.stats.Killed++
		r.stats.LastKilled = killed
	}
}
