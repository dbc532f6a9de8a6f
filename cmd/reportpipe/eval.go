package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/pipeline"
)

func newEvalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval CORPUS_DIR",
		Short: "Score extraction and mapping against a labelled corpus",
		Long: `eval reads every truth file in CORPUS_DIR/truth (the format of the shared
corpus: the submission's file, agency, variant, expected outcome and labelled
blocks), inspects the matching file in CORPUS_DIR/submissions, and prints word
coverage (the truth's words found, in order), section accuracy (those words
placed in the truth's section), silent errors (words placed in a wrong section
with a confidence of at least mapping.low_confidence, so no reviewer is warned),
whether the agency is right, and whether bad files are rejected: per file, per
variant and overall. Use it to check a new
heading wording, a template change or a language model on your own labelled
statements before relying on them.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			p, err := pipeline.New(cfg, pipeline.WithLogger(newLogger()))
			if err != nil {
				return usageError(err)
			}
			truths, err := loadTruths(args[0])
			if err != nil {
				return usageError(err)
			}
			evaluate(cmd.Context(), p, args[0], truths, cfg.Mapping.LowConfidence, cmd.OutOrStdout())
			return nil
		},
	}
}

// tally sums the scores of one variant.
type tally struct {
	n             int
	cov, acc, sil float64
	agency        int
}

// evaluate scores every truth file and prints the lines score-corpus prints
// (the overall line gives silent last, after what it always gave).
func evaluate(ctx context.Context, p *pipeline.Pipeline, corpus string, truths []score.Truth, low float64, w io.Writer) {
	if ctx == nil {
		ctx = context.Background()
	}
	by := map[string]*tally{}
	all := &tally{}
	rejects, rejectsOK := 0, 0
	for _, tr := range truths {
		out := inspectOne(ctx, p, tr.Submission(corpus))
		if !tr.Good() {
			rejects++
			ok := out.Status == "rejected" && out.Reason != ""
			if ok {
				rejectsOK++
			}
			fmt.Fprintf(w, "%18s  reject %s  %s  [%s]\n", tr.Variant, yesNo(ok), tr.File, out.Reason)
			continue
		}
		cov, acc, sil := scoreWithSilent(tr, out.Blocks, low)
		agencyOK := tr.Agency != nil && out.Agency != nil && *out.Agency == *tr.Agency
		fmt.Fprintf(w, "%18s  cov %.3f  acc %.3f  silent %.3f  agency %s  %s\n", tr.Variant, cov, acc, sil, yesNo(agencyOK), tr.File)
		for _, t := range []*tally{all, variant(by, tr.Variant)} {
			t.n++
			t.cov += cov
			t.acc += acc
			t.sil += sil
			if agencyOK {
				t.agency++
			}
		}
	}
	names := make([]string, 0, len(by))
	for v := range by {
		names = append(names, v)
	}
	sort.Strings(names)
	for _, v := range names {
		t := by[v]
		fmt.Fprintf(w, "variant %s: n=%d coverage %.3f accuracy %.3f silent %.3f agency %d/%d\n", v, t.n, t.cov/float64(t.n), t.acc/float64(t.n), t.sil/float64(t.n), t.agency, t.n)
	}
	if all.n == 0 {
		all.n = 1
	}
	fmt.Fprintf(w, "overall coverage %.3f accuracy %.3f agency %d/%d rejects %d/%d silent %.3f\n",
		all.cov/float64(all.n), all.acc/float64(all.n), all.agency, all.n, rejectsOK, rejects, all.sil/float64(all.n))
}

// scoreWithSilent scores the output blocks against the truth: coverage,
// accuracy, and silent, the share of truth words placed in a wrong section
// with a confidence of at least low. score.Score aligns words the same way
// for the same texts, so silent is the share of words matched in confident
// blocks (scored with every truth word labelled "sure" and each block's
// section replaced by whether it is sure) less the words right in them.
func scoreWithSilent(tr score.Truth, out []inspectBlock, low float64) (cov, acc, silent float64) {
	plain := make([]score.Out, len(out))
	sureRight := make([]score.Out, len(out))
	sure := make([]score.Out, len(out))
	for i, b := range out {
		heading := b.Kind == "heading"
		plain[i] = score.Out{Text: b.Text, Section: string(b.Section), Heading: heading}
		sureRight[i], sure[i] = plain[i], score.Out{Text: b.Text, Section: "unsure", Heading: heading}
		if b.Confidence >= low {
			sure[i].Section = "sure"
		} else {
			sureRight[i].Section = ""
		}
	}
	cov, acc = score.Score(tr, plain)
	_, right := score.Score(tr, sureRight)
	allSure := tr
	allSure.Blocks = make([]score.TruthBlock, len(tr.Blocks))
	for i, b := range tr.Blocks {
		allSure.Blocks[i] = score.TruthBlock{Label: "sure", Kind: b.Kind, Text: b.Text}
	}
	_, matched := score.Score(allSure, sure)
	return cov, acc, max(0, matched-right)
}

func variant(by map[string]*tally, v string) *tally {
	if by[v] == nil {
		by[v] = &tally{}
	}
	return by[v]
}

// inspectOne reads and maps one file exactly as inspect does.
func inspectOne(ctx context.Context, p *pipeline.Pipeline, path string) inspectOut {
	v, err := p.InspectFile(ctx, path)
	if err != nil {
		return inspectOut{File: path, Status: "rejected", Reason: err.Error()}
	}
	return inspectView(v)
}

func yesNo(ok bool) string {
	if ok {
		return "ok"
	}
	return "NO"
}

// loadTruths reads the corpus's truth files, saying what is missing when
// there are none: the folder itself, or the truth files in it.
func loadTruths(corpus string) ([]score.Truth, error) {
	if st, err := os.Stat(corpus); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder; give the corpus folder, the one holding truth/ and submissions/", corpus)
	}
	truths, err := score.LoadTruth(corpus)
	if err != nil {
		return nil, fmt.Errorf("a truth file cannot be read: %w; fix or remove it", err)
	}
	if len(truths) == 0 {
		return nil, fmt.Errorf("no truth files (*.json) in %s; eval needs the labelled statements there, in the shared corpus's format", filepath.Join(corpus, "truth"))
	}
	return truths, nil
}
