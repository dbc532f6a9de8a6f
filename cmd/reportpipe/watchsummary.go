package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/watch"
)

// builds is what watch remembers between builds: the facts the last
// summary stated, so a rebuild prints only what changed.
type builds struct {
	facts []string
	shown bool // a full summary was printed
}

// build writes a draft as run does (watch's hold on the output folder's
// lock nests), then prints the first build's whole summary, or for a
// rebuild what changed since the last one, and what was read anew.
func (b *builds) build(ctx context.Context, w *watched, out io.Writer, opts ...pipeline.Option) error {
	p, err := newPipeline(w.cfg, false, opts...)
	if err != nil {
		return err
	}
	d, err := p.Draft(ctx, pipeline.DraftChoices{})
	if d == nil || (err != nil && !errors.Is(err, pipeline.ErrNothingUsable)) {
		return err
	}
	facts := summaryFacts(d.Result)
	if !b.shown {
		printDraft(out, d, pipeline.DraftChoices{})
		b.shown = true
	} else {
		printRebuild(out, b.facts, facts, d.Paths)
		if st := d.Unchanged; st != nil {
			fmt.Fprintf(out, "No change since the draft of %s (%s): nothing new written.\n",
				st.At.Local().Format("15:04, 2 January"), st.Draft)
		}
	}
	b.facts = facts
	printWork(out, d.Result.Work)
	return err
}

// printRebuild says what a rebuild changed in the summary, and what it wrote.
func printRebuild(out io.Writer, before, after []string, paths []string) {
	added, gone := watch.Changes(before, after)
	if len(added)+len(gone) == 0 {
		fmt.Fprintln(out, "The summary is the same as after the last build.")
	} else {
		fmt.Fprintln(out, "Since the last build:")
		for _, f := range added {
			fmt.Fprintf(out, "  + %s\n", f)
		}
		for _, f := range gone {
			fmt.Fprintf(out, "  - %s (no longer)\n", f)
		}
	}
	if len(paths) > 0 {
		fmt.Fprintln(out, "Wrote:")
		for _, p := range paths {
			fmt.Fprintf(out, "  %s\n", p)
		}
	}
}

// printWork says how many documents were read anew and how many came from
// the cache, so a rebuild's cost is plain.
func printWork(out io.Writer, w pipeline.Work) {
	if w.Extracted+w.Cached == 0 {
		return
	}
	msg := fmt.Sprintf("Read %d document(s) anew", w.Extracted)
	if w.Converted > 0 {
		msg += fmt.Sprintf(" (%d .doc converted)", w.Converted)
	}
	fmt.Fprintf(out, "%s, %d from the cache.\n", msg, w.Cached)
}

// summaryFacts are the statements of a run's summary, one line each, in
// the summary's words: what watch compares between builds. A statement is
// named by its agency and files, not its number, which moves when another
// agency's statement arrives.
func summaryFacts(res *pipeline.Result) []string {
	r := res.Report
	var out []string
	for _, st := range r.Statements {
		var files []string
		for _, d := range st.Documents {
			files = append(files, assemble.ShortName(d.Source))
		}
		out = append(out, fmt.Sprintf("Statement: %s (%s)", st.Agency, strings.Join(files, ", ")))
		for _, f := range r.FlagsOf(st) {
			out = append(out, fmt.Sprintf("%s: ! %s", st.Agency, f.Message))
		}
	}
	sentBad := map[string]bool{}
	for _, f := range res.Files {
		if f.Status == pipeline.FileRejected && f.Agency != "" {
			sentBad[f.Agency] = true
		}
	}
	for _, m := range r.Missing {
		word := model.WordMissing
		if sentBad[m] {
			word = model.WordNeedsAttention
		}
		out = append(out, model.Capitalised(word)+": "+m)
	}
	for _, x := range r.Rejected {
		out = append(out, fmt.Sprintf("%s: %s: %s", model.Capitalised(model.WordRejected), x.File, x.Reason))
	}
	for _, s := range r.Superseded {
		out = append(out, fmt.Sprintf("%s: %s (replaced by %s)", model.Capitalised(model.WordSuperseded), s.File, s.By))
	}
	for _, n := range r.Notes {
		out = append(out, "Note: "+n)
	}
	return out
}
