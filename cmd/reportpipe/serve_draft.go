package main

import (
	"context"

	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/web"
)

// draftFunc builds a draft for the web app as run does, under the output
// folder's lock, always writing a new set (the button means "now").
func draftFunc(cfg config.Config) web.DraftFunc {
	return func(ctx context.Context) ([]string, error) {
		release, err := lockOutput(cfg)
		if err != nil {
			return nil, err
		}
		defer release()
		res, paths, _, err := compile(ctx, cfg, runChoices{force: true})
		if err == nil && len(res.Report.Statements) == 0 {
			err = errNothingUsable
		}
		return paths, err
	}
}
