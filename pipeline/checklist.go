package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/analysis"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// checklist is the yearly report's expected content the analysis scores:
// the configured items, or the built-in ones when none are configured.
func checklist(cfg config.Config) []analysis.ChecklistEntry {
	if len(cfg.Analysis.Checklist) == 0 {
		return analysis.DefaultChecklist()
	}
	out := make([]analysis.ChecklistEntry, 0, len(cfg.Analysis.Checklist))
	for _, c := range cfg.Analysis.Checklist {
		out = append(out, analysis.ChecklistEntry{Key: c.Key, Title: c.Title, Wordings: c.Wordings})
	}
	return out
}

// checkCovers refuses an outline chapter whose covers names no checklist
// item: the configuration cannot check it, as the built-in checklist is the
// analysis's, so the pipeline does when it is built (exit code 2, as for
// any configuration mistake).
func checkCovers(cfg config.Config) error {
	var keys []string
	for _, e := range checklist(cfg) {
		keys = append(keys, e.Key)
	}
	for i, p := range cfg.Parts {
		for j, c := range p.Covers {
			if strings.TrimSpace(c) != "" && !slices.Contains(keys, c) {
				return &config.Error{Key: fmt.Sprintf("outline[%d].covers[%d]", i, j),
					Msg: fmt.Sprintf("%q is not a key of analysis.checklist (%s)", c, strings.Join(keys, ", "))}
			}
		}
	}
	return nil
}
