package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// report.period reaches the rule mapper (issue 22): in a headingless
// statement (a fictional one of the mapper's round 3 tuning set, a DOCX made
// by pandoc), "In 2020-21 we want to ..." is read as plans by the period
// only when the configuration names 2019-20.
func TestReportPeriodReachesTheMapper(t *testing.T) {
	path := filepath.Join(testutil.RepoRoot(t), "pipeline", "mapping", "rules", "testdata", "round3",
		"tune", "corpus", "submissions", "Pennington Housing Association statement.docx")
	plan := func(period string) model.Placement {
		cfg := config.Default()
		cfg.Report.Period = period
		p, err := pipeline.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		v, err := p.InspectFile(context.Background(), path)
		if err != nil || v.Statement == nil {
			t.Fatalf("inspect: %v (%s)", err, v.Reason)
		}
		for _, pl := range v.Statement.Placements {
			if strings.HasPrefix(pl.Block.PlainText(), "In 2020-21 we want to train") {
				return pl
			}
		}
		t.Fatal("the plans paragraph is missing")
		return model.Placement{}
	}
	with, without := plan("2019-20"), plan("")
	if with.Section != model.SectionDevelopment || !strings.Contains(with.Evidence, "names a later period") {
		t.Errorf("with report.period 2019-20: %s (%s), want development by the period", with.Section, with.Evidence)
	}
	if strings.Contains(without.Evidence, "later period") {
		t.Errorf("without report.period: %s", without.Evidence)
	}
}
