package pipeline_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// exampleConfig is the bundled example workspace: its agencies, its
// submissions, and a decisions file in a temporary folder.
func exampleConfig(t *testing.T) config.Config {
	t.Helper()
	root := testutil.RepoRoot(t)
	cfg, err := config.Load(filepath.Join(root, "config", "reportpipe.yaml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Paths.Output = t.TempDir()
	cfg.Paths.Decisions = filepath.Join(t.TempDir(), "decisions.yaml")
	return cfg
}

// findBlock returns the first content placement of agency's statement in
// section from, and the statement.
func findBlock(t *testing.T, res *pipeline.Result, agency string, from model.SectionKey) model.Placement {
	t.Helper()
	for _, s := range res.Report.Statements {
		if s.Agency != agency {
			continue
		}
		for _, p := range s.Placements {
			if p.Section == from && !p.IsHeading() {
				return p
			}
		}
	}
	t.Fatalf("no %s block of %s", from, agency)
	return model.Placement{}
}

func placementOf(res *pipeline.Result, agency, hash string) (model.Placement, bool) {
	for _, s := range res.Report.Statements {
		for _, p := range s.Placements {
			if s.Agency == agency && pipeline.BlockHash(p.Block) == hash {
				return p, true
			}
		}
	}
	return model.Placement{}, false
}

// A block the reviewers moved stays in the section they chose on the next
// run, placed "by the reviewers" with confidence 1; one marked not part of
// the statement is kept (in the unmapped appendix) without an unmapped flag.
func TestDecisionsHoldOnTheNextRun(t *testing.T) {
	cfg := exampleConfig(t)
	first := runPipeline(t, cfg)
	agency := first.Report.Statements[0].Agency
	moved := findBlock(t, first, agency, model.SectionContext)
	dropped := findBlock(t, first, agency, model.SectionActivity)
	for _, d := range []pipeline.Decision{
		{Agency: agency, Block: pipeline.BlockHash(moved.Block), Section: model.SectionSuccesses, Text: pipeline.Opening(moved.Block)},
		{Agency: agency, Block: pipeline.BlockHash(dropped.Block), Section: pipeline.NotPartOfStatement},
	} {
		if err := pipeline.SaveDecision(cfg.Paths.Decisions, d); err != nil {
			t.Fatal(err)
		}
	}
	second := runPipeline(t, cfg)
	got, ok := placementOf(second, agency, pipeline.BlockHash(moved.Block))
	if !ok || got.Section != model.SectionSuccesses || got.Confidence != 1 || got.Mapper != model.MapperReviewers || got.Evidence != model.PlacedByReviewers {
		t.Errorf("moved block: %+v (found %v), want successes by the reviewers at 1", got, ok)
	}
	got, _ = placementOf(second, agency, pipeline.BlockHash(dropped.Block))
	if got.Section != model.SectionUnmapped || got.Mapper != model.MapperReviewers {
		t.Errorf("not-part block: %+v, want unmapped by the reviewers", got)
	}
	for _, s := range second.Report.Statements {
		for _, f := range s.Flags {
			if s.Agency == agency && f.Kind == model.FlagUnmapped {
				t.Errorf("a block the reviewers set aside raised %q", f.Message)
			}
		}
	}
	if len(second.Decisions) != 2 || second.Decisions[0].Applied != 1 || second.Decisions[1].Applied != 1 {
		t.Errorf("decision outcomes %+v, want both applied once", second.Decisions)
	}
}

// A decision whose block is gone is reported in the notes and kept in the
// file, never dropped without a word.
func TestDecisionForAGoneBlockIsReported(t *testing.T) {
	cfg := exampleConfig(t)
	d := pipeline.Decision{Agency: "Northgate Police", Block: "00000000000000000000", Section: model.SectionOutcomes, Text: "A paragraph since rewritten"}
	if err := pipeline.SaveDecision(cfg.Paths.Decisions, d); err != nil {
		t.Fatal(err)
	}
	res := runPipeline(t, cfg)
	if len(res.Decisions) != 1 || res.Decisions[0].Applied != 0 {
		t.Fatalf("outcomes %+v, want one not applied", res.Decisions)
	}
	if !strings.Contains(strings.Join(res.Report.Notes, "\n"), `no longer applies: the block "A paragraph since rewritten"`) {
		t.Errorf("notes %q do not report the gone block", res.Report.Notes)
	}
	kept, err := pipeline.LoadDecisions(cfg.Paths.Decisions)
	if err != nil || len(kept) != 1 {
		t.Errorf("decisions file now %v, %v; want the decision kept", kept, err)
	}
}

// Saving again on the same block replaces the earlier decision; a broken
// file is a configuration error naming it, not a run without decisions.
func TestSaveDecisionReplacesAndBrokenFileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "decisions.yaml")
	for _, sec := range []model.SectionKey{model.SectionContext, model.SectionOutcomes} {
		if err := pipeline.SaveDecision(path, pipeline.Decision{Agency: "A", Block: "b1", Section: sec}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := pipeline.LoadDecisions(path)
	if err != nil || len(list) != 1 || list[0].Section != model.SectionOutcomes {
		t.Fatalf("after two saves: %+v, %v; want the one decision, outcomes", list, err)
	}
	if err := os.WriteFile(path, []byte("decisions:\n  - agency: A\n    block: b1\n    section: nowhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = pipeline.LoadDecisions(path)
	if ce, ok := errors.AsType[*config.Error](err); !ok || ce.File != path {
		t.Errorf("bad section: %v, want a *config.Error naming %s", err, path)
	}
}
