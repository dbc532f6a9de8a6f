package progress

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestNoBarOffATerminal(t *testing.T) {
	var buf bytes.Buffer
	if b := New(&buf, "reading"); b != nil {
		t.Fatal("a buffer is not a terminal: want no bar")
	}
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a regular file is not a terminal")
	}
	var nilBar *Bar
	nilBar.Update(5, 100) // must not panic
}

func TestBarDrawsOnlyLongJobsAndChanges(t *testing.T) {
	var buf bytes.Buffer
	b := &Bar{w: &buf, label: "reading", last: -1}
	b.Update(1, MinItems-1)
	if buf.Len() != 0 {
		t.Fatalf("a short job drew %q", buf.String())
	}
	b.Update(10, 100)
	b.Update(10, 100)
	if n := strings.Count(buf.String(), "\r"); n != 1 {
		t.Errorf("the same percentage should draw once, drew %d times: %q", n, buf.String())
	}
	if got := Line("reading", 50, 100); !strings.Contains(got, "50/100") || strings.Count(got, "#") != width/2 {
		t.Errorf("Line(50/100) = %q", got)
	}
}
