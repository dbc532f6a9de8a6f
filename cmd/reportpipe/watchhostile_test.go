package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// xrefLoopPDF is a 400-byte PDF whose cross-reference /Prev names its own
// table: on today's code every command stalls on it for 5 min 20 s and an
// idle watch then spins a CPU for good.
func xrefLoopPDF() []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x, x)
	return []byte(b.String())
}

// watch with the xref-loop file in its folder: the first draft lists it as
// refused, a statement arriving later is built (events, not a clock: the
// generous wait is the settle time plus 30 s), and between rebuilds the
// watch and anything it started use next to no CPU.
func TestWatchWithXrefLoopFileBuildsNewStatementsAndIdles(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	if err := os.WriteFile(filepath.Join(subs, "Riverside statement.pdf"), xrefLoopPDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := startWatchCLI(t, dir)
	waitWithin(t, 30*time.Second, "the first draft listing the loop file as refused", func() bool {
		return drafts(t, dir) >= 1 && strings.Contains(out.String(), "Riverside statement.pdf")
	})
	first := drafts(t, dir)
	writeDocx(t, filepath.Join(subs, "Westbrook College statement.docx"), statementMD("Westbrook College"))
	waitWithin(t, 200*time.Millisecond+30*time.Second, "a draft with the new statement", func() bool {
		return drafts(t, dir) > first && strings.Contains(out.String(), "Westbrook College")
	})
	pid := watchPID(t, dir)
	before := treeCPU(t, pid)
	time.Sleep(3 * time.Second)
	if used := treeCPU(t, pid) - before; used > time.Second {
		t.Errorf("the idle watch used %v of CPU in 3 s: a reader is still working", used)
	}
}

func waitWithin(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %v: %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// watchPID is the watch's process id, from the lock it holds.
func watchPID(t *testing.T, dir string) int {
	data, err := os.ReadFile(filepath.Join(dir, "output", ".reportpipe.lock"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(data), `"pid":`)
	n, _ := strconv.Atoi(strings.TrimSpace(strings.Split(rest, ",")[0]))
	return n
}

// treeCPU is the user+system time of pid and its children (waited-for
// and live), from /proc.
func treeCPU(t *testing.T, pid int) time.Duration {
	var total time.Duration
	ents, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, e := range ents {
		data, err := os.ReadFile(e)
		if err != nil {
			continue
		}
		s := string(data)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) < 15 {
			continue
		}
		self := filepath.Base(filepath.Dir(e)) == strconv.Itoa(pid)
		if !self && f[1] != strconv.Itoa(pid) {
			continue
		}
		for _, i := range []int{11, 12, 13, 14} { // utime, stime, cutime, cstime
			n, _ := strconv.ParseInt(f[i], 10, 64)
			total += time.Duration(n) * 10 * time.Millisecond
		}
	}
	if total == 0 {
		t.Skip("no /proc here")
	}
	return total
}
