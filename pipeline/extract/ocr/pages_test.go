package ocr

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/reportpipe/reportpipe/internal/progress"
)

// fakeTools writes stand-ins for pdftoppm and tesseract: the picture of
// page N holds N, and reading page 1 waits (up to 20 s) for page 2 to be
// started, then says whether it was. So page 1's text tells whether two
// pages were read at once, and page 2 is done before page 1.
func fakeTools(t *testing.T) tools {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("FAKE_OCR_MARKS", t.TempDir())
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return tools{
		pdfinfo:  write("pdfinfo", "echo 'Pages: 3'\n"),
		pdftoppm: write("pdftoppm", `for a; do img=$a; done; echo "$2" > "$img.png"`+"\n"),
		tesseract: write("tesseract", `n=$(cat "$1"); touch "$FAKE_OCR_MARKS/$n"
how=alone
if [ "$n" = 1 ]; then
  i=0; while [ $i -lt 200 ] && [ ! -e "$FAKE_OCR_MARKS/2" ]; do sleep 0.1; i=$((i+1)); done
  [ -e "$FAKE_OCR_MARKS/2" ] && how=together
fi
echo "The partnership statement page $n was read $how with the others."
`),
	}
}

// The pages of one file are read several at once, and their text comes
// back in page order whatever order they finish in.
func TestPagesReadAtOnceInOrder(t *testing.T) {
	if runtime.NumCPU() < 2 {
		t.Skip("one core: pages are read one at a time by design")
	}
	s, err := newSession(fakeTools(t), []byte("%PDF-1.4 stand-in"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	var mu sync.Mutex
	var steps []string
	ctx := progress.WithSteps(context.Background(), func(_, what string, page, pages int) {
		mu.Lock()
		defer mu.Unlock()
		steps = append(steps, fmt.Sprintf("%d/%d", page, pages))
	})
	got := readEach(ctx, s, []int{1, 2, 3})
	for i, want := range []string{"page 1 was read together", "page 2 was read", "page 3 was read"} {
		if got[i].err != nil || !strings.Contains(got[i].text, want) {
			t.Errorf("result %d: %q (err %v), want it to hold %q", i, got[i].text, got[i].err, want)
		}
	}
	slices.Sort(steps)
	if strings.Join(steps, " ") != "1/3 2/3 3/3" {
		t.Errorf("progress steps %v, want each of 1/3 2/3 3/3 once", steps)
	}
}

// A file whose time has run out starts no more pages: the pages not begun
// are marked out of time, and readPages warns once from the first of them.
func TestPagesOutOfTime(t *testing.T) {
	s, err := newSession(fakeTools(t), []byte("%PDF-1.4 stand-in"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got := readEach(ctx, s, []int{2, 3})
	if !got[0].outOfTime || !got[1].outOfTime {
		t.Fatalf("results %+v, want both out of time", got)
	}
}

func TestWorkers(t *testing.T) {
	if got := workers(1); got != 1 {
		t.Errorf("workers(1) = %d, want 1", got)
	}
	if got := workers(100); got > maxWorkers || got < 1 || got > runtime.NumCPU() {
		t.Errorf("workers(100) = %d, want 1..min(cores, %d)", got, maxWorkers)
	}
}
