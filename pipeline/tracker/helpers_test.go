package tracker

import "github.com/reportpipe/reportpipe/pipeline/config"

// optionsOf is what cmd/reportpipe passes Build, from a configuration.
func optionsOf(cfg config.Config) Options {
	return Options{Board: cfg.Report.Board, Title: cfg.Report.Title, Period: cfg.Report.Period,
		Deadline: cfg.Report.Deadline, Submissions: cfg.Paths.Submissions, Agencies: cfg.Agencies}
}
