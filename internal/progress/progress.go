// Package progress tells a person about long work: a one-line bar of files
// read (Bar: only on a terminal and for long jobs, so it never pollutes
// captured output), and the slow steps of one file, a .doc conversion or
// each page read by OCR (Steps, carried by the context from the stage that
// knows the page to the command that prints it; Printer redraws one line on
// a terminal and writes a line per step elsewhere, as in watch's log).
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// MinItems is the smallest job worth a bar.
const MinItems = 20

const width = 30

// Bar reports done/total on one line that redraws itself.
type Bar struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	last  int
}

// New returns a Bar on w labelled label, or nil when w is not a terminal.
// A nil *Bar is valid: its methods do nothing.
func New(w io.Writer, label string) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	return &Bar{w: w, label: label, last: -1}
}

// IsTerminal reports whether w is a character device such as a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// Update redraws the bar when the job is long enough and the shown
// percentage changed; it is safe from several goroutines.
func (b *Bar) Update(done, total int) {
	if b == nil || total < MinItems {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	pct := done * 100 / total
	if pct == b.last {
		return
	}
	b.last = pct
	fmt.Fprint(b.w, Line(b.label, done, total))
	if done == total {
		fmt.Fprint(b.w, "\r"+strings.Repeat(" ", len(b.label)+width+24)+"\r")
	}
}

// Line is the text of one redraw, starting with a carriage return.
func Line(label string, done, total int) string {
	filled := 0
	if total > 0 {
		filled = done * width / total
	}
	return fmt.Sprintf("\r%s [%s%s] %d/%d", label, strings.Repeat("#", filled), strings.Repeat(" ", width-filled), done, total)
}
