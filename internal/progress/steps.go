package progress

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Steps receives the slow steps of reading one file (a LibreOffice
// conversion, OCR of page 3 of 12), so a person watching knows what the
// silence is. It must be safe from several goroutines.
type Steps func(file, what string, page, pages int)

type stepsKey struct{}
type fileKey struct{}

// WithSteps returns ctx carrying s; the stages below report through Step
// without knowing who listens.
func WithSteps(ctx context.Context, s Steps) context.Context {
	if s == nil {
		return ctx
	}
	return context.WithValue(ctx, stepsKey{}, s)
}

// ForFile names the file the steps under ctx belong to.
func ForFile(ctx context.Context, name string) context.Context {
	if ctx.Value(stepsKey{}) == nil {
		return ctx // nobody listens: keep the context as it is
	}
	return context.WithValue(ctx, fileKey{}, name)
}

// Step reports one slow step of the file ctx names: what is done, and on
// which page of how many (0, 0 when the step has no pages). Without a
// listener it does nothing.
func Step(ctx context.Context, what string, page, pages int) {
	s, _ := ctx.Value(stepsKey{}).(Steps)
	if s == nil {
		return
	}
	file, _ := ctx.Value(fileKey{}).(string)
	s(file, what, page, pages)
}

// StepLine is the words of one step: "OCR page 3 of 12: Northgate.pdf".
func StepLine(file, what string, page, pages int) string {
	if pages > 0 {
		return fmt.Sprintf("%s, page %d of %d: %s", what, page, pages, file)
	}
	return fmt.Sprintf("%s: %s", what, file)
}

// Printer writes steps to w: on a terminal one line that redraws itself
// (Clear wipes it), elsewhere (a log, watch's output to a file) one line
// per step, so the log says what took the time.
type Printer struct {
	mu       sync.Mutex
	w        io.Writer
	terminal bool
	shown    int
}

// NewPrinter returns a Printer on w; lines redraw when w is a terminal.
func NewPrinter(w io.Writer) *Printer {
	return &Printer{w: w, terminal: IsTerminal(w)}
}

// Step prints one step; its signature is Steps.
func (p *Printer) Step(file, what string, page, pages int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := StepLine(file, what, page, pages)
	if !p.terminal {
		fmt.Fprintf(p.w, "  %s\n", line)
		return
	}
	pad := ""
	if n := p.shown - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.shown = len(line)
}

// Clear wipes a redrawn line, so what follows starts on a clean line.
func (p *Printer) Clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.terminal && p.shown > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.shown))
		p.shown = 0
	}
}

// Terminal reports whether the Printer redraws one line on a terminal.
func (p *Printer) Terminal() bool { return p != nil && p.terminal }
