package pipeline_test

import (
	"os"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline"
)

// TestMain lets this test binary serve as a reader process, as main does,
// so the pipeline's tests read every file the way the binary does.
func TestMain(m *testing.M) {
	pipeline.ReaderMain()
	os.Exit(m.Run())
}
