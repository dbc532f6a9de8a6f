package main

import "github.com/reportpipe/reportpipe/internal/progress"

// terminalSteps reports the slow steps of reading (a .doc conversion, each
// page read by OCR) when p draws on a terminal, and nothing otherwise, so
// logs and captured output stay as they were. watch reports them always.
func terminalSteps(p *progress.Printer) progress.Steps {
	if !p.Terminal() {
		return nil
	}
	return p.Step
}
