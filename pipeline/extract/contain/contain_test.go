package contain_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/contain"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestMain lets this test binary serve as the reader child, as main does,
// with two extra readers that misbehave as no real one should.
func TestMain(m *testing.M) {
	contain.Main(testReaders)
	os.Exit(m.Run())
}

// testReaders are reportpipe's readers plus "hog", which allocates without
// end, and "stop", which stops its own process (a reader wedged past any
// deadline of its own).
func testReaders(lim extract.Limits) extract.Registry {
	r := pipeline.Readers(lim)
	r["hog"] = extract.Func(func(context.Context, []byte) (*model.Document, error) {
		for {
			b := make([]byte, 8<<20)
			for i := range b {
				b[i] = byte(i)
			}
			hoard = append(hoard, b)
		}
	})
	r["stop"] = extract.Func(func(context.Context, []byte) (*model.Document, error) {
		stopSelf()
		select {}
	})
	r["crash"] = extract.Func(func(context.Context, []byte) (*model.Document, error) {
		done := make(chan struct{})
		go func() { panic("a parser's own goroutine panics: no recover can catch it") }()
		<-done
		return nil, nil
	})
	r["cpu"] = extract.Func(func(context.Context, []byte) (*model.Document, error) {
		spinPastCPULimit()
		return nil, nil
	})
	r["leak"] = extract.Func(func(context.Context, []byte) (*model.Document, error) {
		go func() { select {} }() // work that outlives the read
		return &model.Document{Blocks: []model.Block{&model.Paragraph{Text: "Riverside"}}}, nil
	})
	r["crash-free-refusal"] = extract.Func(func(context.Context, []byte) (*model.Document, error) {
		return nil, model.Reject(model.ErrCorrupt, "the file is damaged", "Ask again")
	})
	r["steps"] = extract.Func(func(ctx context.Context, data []byte) (*model.Document, error) {
		for i := range 3 {
			progress.Step(ctx, "reading by OCR", i+1, 3)
		}
		return &model.Document{Blocks: []model.Block{&model.Paragraph{Text: string(data)}}}, nil
	})
	return r
}

// hoard keeps what the "hog" reader allocates.
var hoard [][]byte

// A reader that allocates without end meets the reader process's memory
// limit: the file is refused as needing too much memory, and the process
// never grew past 300 MB.
func TestReaderPastItsMemoryIsRefused(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reader processes are Linux only")
	}
	r := contain.New(testReaders(extract.DefaultLimits))
	t.Cleanup(r.Release)
	_, err := r.Extract(context.Background(), "hog", []byte("x"), extract.DefaultLimits)
	if !errors.Is(err, model.ErrTooLarge) || !strings.Contains(err.Error(), "memory") {
		t.Fatalf("want a refusal for memory, got %v (cause: %v)", err, errors.Unwrap(err))
	}
	if st := r.Stats(); st.MaxRSS > 300<<20 || st.MaxRSS == 0 {
		t.Errorf("the reader process peaked at %d MB, want under 300", st.MaxRSS>>20)
	}
}

// A reader wedged past every deadline of its own is killed at the
// runner's: the file is refused as too slow and no process is left.
func TestWedgedReaderIsKilledAtTheDeadline(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reader processes are Linux only")
	}
	lim := extract.DefaultLimits
	lim.Timeout = time.Second
	r := contain.New(testReaders(lim))
	t.Cleanup(r.Release)
	_, err := r.Extract(context.Background(), "stop", []byte("x"), lim)
	if !errors.Is(err, model.ErrTooLarge) || !strings.Contains(err.Error(), "took too long") {
		t.Fatalf("want a refusal for time, got %v", err)
	}
	if st := r.Stats(); st.Killed != 1 {
		t.Errorf("want the reader process killed, got %+v", st)
	}
	if kids := children(t); len(kids) > 0 {
		t.Errorf("processes left: %v", kids)
	}
}

// A run over the whole hostile corpus and one real statement: every hostile
// file is refused with a reason, the statement is used, no reader process
// grew past 300 MB nor did this one, and afterwards nothing of reportpipe
// keeps a CPU busy (on today's in-process reader the xref loop's goroutine
// spins for good and the flate bomb costs about 500 MB).
func TestHostileCorpusRefusedWithinBounds(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reader processes are Linux only; elsewhere files are read in process")
	}
	subs := t.TempDir()
	names := hostileCorpus(t, subs)
	good := filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx")
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(subs, filepath.Base(good)), data, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Paths.Submissions, cfg.Paths.Output = subs, t.TempDir()
	cfg.Intake.FollowLinks = true // so the link to /dev/zero is opened, not only listed
	p, err := pipeline.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rejected := map[string]string{}
	for _, f := range res.Files {
		if f.Status == pipeline.FileRejected {
			rejected[filepath.Base(f.Path)] = f.Reason
		}
	}
	for _, n := range names {
		t.Logf("%s: %s", n, rejected[n])
		if _, ok := rejected[n]; !ok {
			t.Errorf("%s was not refused", n)
		}
	}
	if len(res.Report.Statements) != 1 {
		t.Errorf("want the one real statement used, got %d statements", len(res.Report.Statements))
	}
	// The loop and the bomb are recognised, not waited out to the deadline.
	for _, n := range []string{"Riverside xref loop.pdf", "Northgate flate bomb.pdf"} {
		if strings.Contains(rejected[n], "took too long") {
			t.Errorf("%s was waited out instead of recognised: %s", n, rejected[n])
		}
	}
	st := p.ReaderStats()
	t.Logf("reader processes: %+v; this process's peak: %d MB", st, peakRSS(t)>>20)
	if st.Children == 0 {
		t.Fatal("no file was read in a reader process")
	}
	if st.MaxRSS > 300<<20 {
		t.Errorf("a reader process peaked at %d MB, want under 300", st.MaxRSS>>20)
	}
	if hw := peakRSS(t); hw > 300<<20 {
		t.Errorf("this process peaked at %d MB, want under 300", hw>>20)
	}
	assertIdle(t)
}

// assertIdle checks that nothing keeps working after a run: no child
// process is left, and this process's CPU time stops growing.
func assertIdle(t *testing.T) {
	t.Helper()
	if kids := children(t); len(kids) > 0 {
		t.Errorf("processes left running after the run: %v", kids)
	}
	before := cpuTime(t)
	time.Sleep(2 * time.Second)
	if used := cpuTime(t) - before; used > 300*time.Millisecond {
		t.Errorf("%v of CPU used in 2 s after the run: something is still reading", used)
	}
}

// peakRSS is this process's peak resident size (VmHWM).
func peakRSS(t *testing.T) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status:", err)
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.Fields(rest)[0], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime is this process's user+system time, from /proc/self/stat.
func cpuTime(t *testing.T) time.Duration {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Skip("no /proc/self/stat:", err)
	}
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

// children lists the processes whose parent is this one.
func children(t *testing.T) []string {
	ents, _ := filepath.Glob("/proc/[0-9]*/stat")
	me := strconv.Itoa(os.Getpid())
	var out []string
	for _, e := range ents {
		data, err := os.ReadFile(e)
		if err != nil {
			continue
		}
		s := string(data)
		rest := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(rest) > 1 && rest[1] == me {
			out = append(out, s[:strings.IndexByte(s, ')')+1])
		}
	}
	return out
}

// A single read of the xref loop in a reader process comes back as a
// damaged-file refusal that errors.Is still recognises.
func TestReaderProcessRefusesXrefLoop(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reader processes are Linux only")
	}
	r := contain.New(pipeline.Readers(extract.DefaultLimits))
	t.Cleanup(r.Release)
	_, err := r.Extract(context.Background(), model.FormatPDF, xrefLoopPDF(), extract.DefaultLimits)
	if !errors.Is(err, model.ErrCorrupt) && !errors.Is(err, model.ErrNoText) {
		t.Fatalf("want a damaged or empty-file refusal, got %v", err)
	}
	if st := r.Stats(); st.Children != 1 || st.InProcess != 0 {
		t.Errorf("want one reader process, got %+v", st)
	}
}

// A refused file is remembered by its content: the next run (status,
// inspect, a watch rebuild) refuses it again without a reader process.
func TestRefusalIsCachedByContent(t *testing.T) {
	subs, out := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(subs, "Riverside xref loop.pdf"), xrefLoopPDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Paths.Submissions, cfg.Paths.Output = subs, out
	reasons := make([]string, 2)
	for i := range 2 {
		p, err := pipeline.New(cfg, pipeline.WithCache(intake.OpenCache(filepath.Join(out, ".cache"))))
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Run(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Files) != 1 || res.Files[0].Status != pipeline.FileRejected {
			t.Fatalf("run %d: want the file refused, got %+v", i+1, res.Files)
		}
		reasons[i] = res.Files[0].Reason
		st := p.ReaderStats()
		if read := st.Children + st.InProcess; i == 1 && read != 0 {
			t.Errorf("the second run read the refused file again (%+v)", st)
		}
	}
	if reasons[0] != reasons[1] {
		t.Errorf("the cached refusal says %q, the first said %q", reasons[1], reasons[0])
	}
}
