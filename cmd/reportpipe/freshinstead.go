package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/config"
)

// freshInstead answers an edited draft update cannot match (why is
// update's refusal): it writes a normal new draft set as run does, so the
// reviewers still get the current statements, and returns the refusal
// naming that draft. The exit code stays 2 so a script notices that the
// edits were not carried over.
func freshInstead(ctx context.Context, cfg config.Config, edited string, why error, out io.Writer) error {
	refusal := fmt.Sprintf("%s cannot be updated: %v", edited, why)
	// force: the reviewers asked for the current statements; pointing them
	// at an older set, perhaps already edited, would only confuse.
	res, paths, _, err := compile(ctx, cfg, runChoices{force: true})
	if err != nil { // %v, not %w: main would print only the inner exitError's words
		return usageError(fmt.Errorf("%s; writing a fresh draft instead failed too: %v", refusal, err))
	}
	if len(res.Report.Statements) == 0 {
		return usageError(fmt.Errorf("%s, and %w either", refusal, errNothingUsable))
	}
	printSummary(out, res, paths)
	return usageError(fmt.Errorf("%s, so a fresh draft was written instead: %s. Carry your edits over by hand this once",
		refusal, wordDraft(paths)))
}

// wordDraft is the Word draft among the paths of a written set.
func wordDraft(paths []string) string {
	for _, p := range paths {
		if strings.HasSuffix(p, ".docx") && !strings.HasSuffix(p, ".final.docx") {
			return p
		}
	}
	return strings.Join(paths, ", ")
}
