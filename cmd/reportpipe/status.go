package main

import (
	"path/filepath"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/config"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/pipeline/tracker"
)

func newStatusCmd() *cobra.Command {
	var asJSON, chase bool
	cmd := &cobra.Command{
		Use:   "status [--json] [--chase]",
		Short: "Show who has sent a statement, who to chase and what needs attention",
		Long: `status reads the submissions folder (using the cache, so it is quick) and
prints one row per expected agency: received, needs attention or missing, with
its files, when they arrived, how many template sections the statement fills
and anything to look at. Then it lists files no agency matched, files that
could not be used (with the reason) and earlier versions superseded by later
ones. It writes no draft.

--json prints the same as JSON; --chase prints the agencies still to send a
usable statement, with their contacts, ready to paste into an e-mail.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, _, err := loadWorkspace(cmd, false, "submissions")
			if err != nil {
				return err
			}
			p, err := newPipeline(cfg, false)
			if err != nil {
				return err
			}
			res, err := p.Run(cmd.Context())
			if err != nil {
				return err
			}
			t := tracker.Build(res, trackerOptions(cfg), time.Now())
			out := cmd.OutOrStdout()
			switch {
			case chase:
				now := time.Now()
				chases := t.Chases(now)
				written, err := writeChases(filepath.Join(cfg.Paths.Output, "chase"), chases, now)
				if err != nil {
					return err
				}
				return t.WriteChaseSummary(out, chases, written)
			case asJSON:
				return t.WriteJSON(out)
			}
			return t.WriteText(out)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the tracker as JSON")
	cmd.Flags().BoolVar(&chase, "chase", false, "write one e-mail draft (.eml) per agency to chase into OUTPUT/chase/, and list them")
	cmd.MarkFlagsMutuallyExclusive("json", "chase")
	config.AddPathFlags(cmd.Flags())
	return cmd
}

// trackerOptions is what the tracker needs of the configuration.
func trackerOptions(cfg config.Config) tracker.Options {
	r := cfg.Report
	return tracker.Options{Board: r.Board, Title: r.Title, Period: r.Period, Deadline: r.Deadline,
		Submissions: cfg.Paths.Submissions, Agencies: cfg.Agencies}
}
