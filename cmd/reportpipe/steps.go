package main

import (
	"os"
	"sync"

	"github.com/reportpipe/reportpipe/internal/progress"
)

// stderrSteps is the one printer of slow steps on standard error, made on
// first use (it asks whether standard error is a terminal).
var stderrSteps = sync.OnceValue(func() *progress.Printer { return progress.NewPrinter(os.Stderr) })

// terminalSteps reports the slow steps of reading (a .doc conversion, each
// page read by OCR) when p draws on a terminal, and nothing otherwise, so
// logs and captured output stay as they were. watch reports them always.
func terminalSteps(p *progress.Printer) progress.Steps {
	if !p.Terminal() {
		return nil
	}
	return p.Step
}
