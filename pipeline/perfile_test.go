package pipeline_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// A file removed after the folder was scanned and before it was read is a
// rejection of that file with its reason; the run goes on and compiles the
// rest. With one worker the files are read in name order, so removing the
// last one when the first is done removes it between scan and read.
func TestRunFileRemovedMidRunIsRejected(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	root := testutil.RepoRoot(t)
	subs := t.TempDir()
	copyInto(t, subs,
		filepath.Join(root, "submissions", "Hillside Housing statement v1.docx"),
		filepath.Join(root, "submissions", "Westbrook College annual statement.odt"))
	last := filepath.Join(subs, "Westbrook College annual statement.odt")
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.Agencies = []config.Agency{{Name: "Hillside Housing Association", Aliases: []string{"Hillside Housing"}},
		{Name: "Westbrook College"}}
	removed := false
	p, err := pipeline.New(cfg, pipeline.WithProgress(func(done, _ int) {
		if done == 1 && !removed {
			removed = os.Remove(last) == nil
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(t.Context())
	if err != nil {
		t.Fatalf("a vanished file stopped the run: %v", err)
	}
	if !removed {
		t.Fatal("the test did not remove the file")
	}
	if len(res.Report.Statements) != 1 || res.Report.Statements[0].Agency != "Hillside Housing Association" {
		t.Fatalf("want Hillside's statement compiled, got %d statement(s)", len(res.Report.Statements))
	}
	var got *pipeline.FileOutcome
	for i, f := range res.Files {
		if f.Path == last {
			got = &res.Files[i]
		}
	}
	if got == nil || got.Status != pipeline.FileRejected || !strings.Contains(got.Reason, "removed or renamed") {
		t.Fatalf("the removed file's outcome is %+v, want rejected as removed", got)
	}
	if got.Agency != "Westbrook College" {
		t.Errorf("the rejected file's agency is %q, want Westbrook College guessed from its name (status asks them for a new copy)", got.Agency)
	}
}
