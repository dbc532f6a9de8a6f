package contain_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/benchseason"
	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/contain"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func linuxOnly(t *testing.T) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("reader processes are Linux only")
	}
}

// newChildren lists this process's children not in others.
func newChildren(t *testing.T, others []string) []string {
	var out []string
	for _, c := range children(t) {
		if !slices.Contains(others, c) {
			out = append(out, c)
		}
	}
	return out
}

// examples are the bundled fictional statements in the three formats a
// reader process reads.
func examples(t *testing.T) map[model.Format][]byte {
	t.Helper()
	dir := filepath.Join(testutil.RepoRoot(t), "submissions")
	out := map[model.Format][]byte{}
	for f, name := range map[model.Format]string{
		model.FormatDOCX: "Riverside Community Health - LSCB statement.docx",
		model.FormatPDF:  "Northgate Police statement 2025-26.pdf",
		model.FormatODT:  "Westbrook College annual statement.odt",
	} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out[f] = data
	}
	return out
}

// One reader process reads file after file: three statements cost one
// process start, each comes back whole, and Release leaves no process.
func TestReaderProcessReadsFileAfterFile(t *testing.T) {
	linuxOnly(t)
	reg := testReaders(extract.DefaultLimits)
	r := contain.New(reg)
	others := children(t) // idle reader processes of earlier tests' runners
	for f, data := range examples(t) {
		got, err := r.Extract(context.Background(), f, data, extract.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		want, err := reg.Extract(context.Background(), f, data, extract.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := model.Dump(got), model.Dump(want); g != w {
			t.Errorf("%s read in the reader process differs from in process:\n%s\nwant\n%s", f, g, w)
		}
	}
	if st := r.Stats(); st.Children != 1 || st.Files != 3 || st.InProcess != 0 {
		t.Errorf("want 3 files read by one reader process, got %+v", st)
	}
	if kids := newChildren(t, others); len(kids) != 1 {
		t.Errorf("want the reader process waiting for the next file, got %v", kids)
	}
	r.Release()
	if kids := newChildren(t, others); len(kids) > 0 {
		t.Errorf("processes left after Release: %v", kids)
	}
	if st := r.Stats(); st.CPU == 0 || st.MaxRSS == 0 {
		t.Errorf("the stopped process's cost was not recorded: %+v", st)
	}
}

// A reader process that crashes or overruns is replaced: the file is
// refused, and the next file is read whole by a new process.
func TestReaderProcessReplacedAfterAFailure(t *testing.T) {
	linuxOnly(t)
	lim := extract.DefaultLimits
	lim.Timeout = time.Second
	r := contain.New(testReaders(lim))
	t.Cleanup(r.Release)
	docx := examples(t)[model.FormatDOCX]
	for i, bad := range []model.Format{"crash", "stop"} {
		_, err := r.Extract(context.Background(), bad, []byte("x"), lim)
		if !errors.Is(err, model.ErrCorrupt) && !errors.Is(err, model.ErrTooLarge) {
			t.Fatalf("%s: want a refusal, got %v", bad, err)
		}
		doc, err := r.Extract(context.Background(), model.FormatDOCX, docx, lim)
		if err != nil || len(doc.Blocks) == 0 {
			t.Fatalf("after %s: the next file was not read: %v", bad, err)
		}
		// The first statement's process reads the wedged file next.
		if st := r.Stats(); st.Children != i+2 {
			t.Errorf("after %s: want %d processes started, got %+v", bad, i+2, st)
		}
	}
	if st := r.Stats(); st.Killed != 1 {
		t.Errorf("want the wedged process killed at its deadline, got %+v", st)
	}
}

// A file that uses up its CPU allowance ends its reader process there and
// is refused as too slow, without waiting for the deadline.
func TestReaderStopsAtItsCPUAllowance(t *testing.T) {
	linuxOnly(t)
	lim := extract.DefaultLimits
	lim.Timeout = 5 * time.Minute // the CPU allowance, not the deadline, must end it
	r := contain.New(testReaders(lim))
	t.Cleanup(r.Release)
	_, err := r.Extract(context.Background(), "cpu", []byte("x"), lim)
	if !errors.Is(err, model.ErrTooLarge) || !strings.Contains(err.Error(), "took too long") {
		t.Fatalf("want a refusal for time, got %v", err)
	}
	if st := r.Stats(); st.Killed != 0 || st.Children != 1 {
		t.Errorf("want the process ended by its own CPU limit, not killed at the deadline: %+v", st)
	}
}

// A reader process whose reader left work running after its answer (as
// one abandoned at its deadline does) or whose file was refused reads no
// other file: the next one gets a new process.
func TestReaderProcessRetiresAfterLeftoverWork(t *testing.T) {
	linuxOnly(t)
	r := contain.New(testReaders(extract.DefaultLimits))
	t.Cleanup(r.Release)
	docx := examples(t)[model.FormatDOCX]
	for _, f := range []model.Format{"leak", model.FormatDOCX, "crash-free-refusal", model.FormatDOCX} {
		data := docx
		if f != model.FormatDOCX {
			data = []byte("x")
		}
		r.Extract(context.Background(), f, data, extract.DefaultLimits)
	}
	if st := r.Stats(); st.Children != 3 || st.Killed != 0 {
		t.Errorf("want a new process after the leak and after the refusal (3 in all), got %+v", st)
	}
}

// The steps of a file read in a reader process (OCR's pages) reach the
// parent's listener as they happen, named by the parent's file name.
func TestStepsCrossFromTheReaderProcess(t *testing.T) {
	linuxOnly(t)
	r := contain.New(testReaders(extract.DefaultLimits))
	t.Cleanup(r.Release)
	var got []string
	ctx := progress.WithSteps(context.Background(), func(file, what string, page, pages int) {
		got = append(got, progress.StepLine(file, what, page, pages))
	})
	ctx = progress.ForFile(ctx, "Riverside scan.pdf")
	if _, err := r.Extract(ctx, "steps", []byte("Riverside"), extract.DefaultLimits); err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range 3 {
		want = append(want, fmt.Sprintf("reading by OCR, page %d of 3: Riverside scan.pdf", i+1))
	}
	if !slices.Equal(got, want) {
		t.Errorf("steps seen by the parent:\n%q\nwant\n%q", got, want)
	}
	if st := r.Stats(); st.Children != 1 || st.InProcess != 0 {
		t.Errorf("want the file read in a reader process, got %+v", st)
	}
}

// A scanned statement read by OCR in a reader process: the parent's
// listener hears its page, as watch prints it, and the text comes back.
func TestOCRPagesCrossFromTheReaderProcess(t *testing.T) {
	linuxOnly(t)
	for _, tool := range []string{"pdftoppm", "tesseract"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool + " is not installed")
		}
	}
	dir := t.TempDir()
	src := filepath.Join(testutil.RepoRoot(t), "submissions", "Northgate Police statement 2025-26.pdf")
	if out, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-jpeg", "-f", "1", "-l", "1", "-singlefile",
		src, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	jpg, err := os.ReadFile(filepath.Join(dir, "page.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	scan, err := benchseason.ImagePDF(jpg)
	if err != nil {
		t.Fatal(err)
	}
	r := contain.New(testReaders(extract.DefaultLimits))
	t.Cleanup(r.Release)
	var got []string
	ctx := progress.WithSteps(context.Background(), func(file, what string, page, pages int) {
		got = append(got, progress.StepLine(file, what, page, pages))
	})
	doc, err := r.Extract(progress.ForFile(ctx, "Northgate scan.pdf"), model.FormatPDF, scan, extract.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"reading by OCR, page 1 of 1: Northgate scan.pdf"}; !slices.Equal(got, want) {
		t.Errorf("steps seen by the parent: %q, want %q", got, want)
	}
	if !strings.Contains(model.Dump(doc), "Northgate") {
		t.Errorf("the scan's text did not come back:\n%s", model.Dump(doc))
	}
	if st := r.Stats(); st.Children != 1 || st.InProcess != 0 {
		t.Errorf("want the scan read in a reader process, got %+v", st)
	}
}
