package pipeline_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// longDocx is a legal DOCX of paras paragraphs of a few words each: what a
// data export or a whole year's minutes saved as one file looks like.
func longDocx(tb testing.TB, paras int) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		tb.Fatal(err)
	}
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for i := range paras {
		fmt.Fprintf(w, `<w:p><w:r><w:t>Row %d of the export.</w:t></w:r></w:p>`, i)
	}
	fmt.Fprint(w, `</w:body></w:document>`)
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// A document far longer than a statement is refused with a plain reason
// and a hint, and the run goes on with the other files.
func TestFarTooLongDocumentIsRefusedAndTheRunGoesOn(t *testing.T) {
	subs := t.TempDir()
	copyInto(t, subs, filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx"))
	if err := os.WriteFile(filepath.Join(subs, "export.docx"), longDocx(t, 5001), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	res := runPipeline(t, cfg)
	if len(res.Report.Statements) != 1 {
		t.Errorf("%d statements, want the good file's one", len(res.Report.Statements))
	}
	if len(res.Report.Rejected) != 1 {
		t.Fatalf("rejected %v, want export.docx", res.Report.Rejected)
	}
	r := res.Report.Rejected[0]
	for _, want := range []string{"5001 blocks", "far longer than a statement", "ask the agency for the statement on its own", "limits.max_blocks from 5000"} {
		if !strings.HasSuffix(r.File, "export.docx") || !strings.Contains(r.Reason, want) {
			t.Errorf("%s: %q lacks %q", r.File, r.Reason, want)
		}
	}
}

// The bounds are the configuration's: with limits.max_words lowered, a
// normal statement is refused by its words.
func TestLimitsComeFromTheConfiguration(t *testing.T) {
	subs := t.TempDir()
	copyInto(t, subs, filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.Limits.MaxWords = 50
	res := runPipeline(t, cfg)
	if len(res.Report.Rejected) != 1 || !strings.Contains(res.Report.Rejected[0].Reason, "over 50 words") {
		t.Errorf("rejected %v, want the statement refused as over 50 words", res.Report.Rejected)
	}
}

// BenchmarkFarTooLongDocx runs a folder holding one legal DOCX of 520,000
// paragraphs (31 MB of document.xml) through the pipeline: it must be
// refused in under 5 s and 300 MB. peak-MB samples the live heap.
func BenchmarkFarTooLongDocx(b *testing.B) {
	subs := b.TempDir()
	data := longDocx(b, 520000)
	if err := os.WriteFile(filepath.Join(subs, "export.docx"), data, 0o644); err != nil {
		b.Fatal(err)
	}
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	peak := samplePeakHeap(b)
	for b.Loop() {
		p, err := pipeline.New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		res, err := p.Run(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Report.Rejected) != 1 || !strings.Contains(res.Report.Rejected[0].Reason, "far longer than a statement") {
			b.Fatalf("rejected %v, want the export refused as too long", res.Report.Rejected)
		}
	}
	b.ReportMetric(float64(peak())/(1<<20), "peak-MB")
}

// samplePeakHeap watches the heap in use until the benchmark ends and
// returns a function giving the largest value seen.
func samplePeakHeap(b *testing.B) func() uint64 {
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	b.Cleanup(func() { close(stop); <-done })
	return func() uint64 { return peak.Load() }
}
