package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/watch"
	"github.com/reportpipe/reportpipe/web"
)

// serveChoices are serve's flags.
type serveChoices struct {
	port int
	open bool
	// fromFileManager: started by a double-click, so the workspace is found
	// (or made) without a terminal and errors wait for a key.
	fromFileManager bool
}

func newServeCmd() *cobra.Command {
	var choose serveChoices
	cmd := &cobra.Command{
		Use:   "serve [--port N] [--open=false]",
		Short: "Run the season from your web browser (a local web app on this computer)",
		Long: `serve starts reportpipe's web app for the workspace and opens it in your
browser: the season (one row per agency), adding submissions by drag and drop,
each statement with its placements and doubts (move a paragraph to another
section and the choice holds on every later draft), building a draft to
download, and the chase e-mails. Pages update by themselves while new files
arrive in the submissions folder.

The app is for this computer only: it listens on 127.0.0.1, and its address
holds a secret key that changes at every start. Ctrl-C stops it.

Started with no arguments by a double-click (from Windows Explorer or a file
manager), reportpipe runs serve on the workspace of the folder it is in, or
on a new one in your home folder (reportpipe/).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if choose.fromFileManager {
				if err := findOrMakeWorkspace(cmd.OutOrStdout()); err != nil {
					return err
				}
			}
			cfg, path, err := loadWorkspace(cmd, false, "submissions", "output")
			if err != nil {
				return err
			}
			return serveWorkspace(cmd.Context(), cfg, path, choose, cmd.OutOrStdout()) // Ctrl-C ends the context
		},
	}
	cmd.Flags().IntVar(&choose.port, "port", 0, "port on 127.0.0.1 to listen on (0: any free port)")
	cmd.Flags().BoolVar(&choose.open, "open", true, "open the app in the default browser")
	cmd.Flags().BoolVar(&choose.fromFileManager, "from-file-manager", false, "started by a double-click (set by reportpipe itself)")
	_ = cmd.Flags().MarkHidden("from-file-manager")
	config.AddPathFlags(cmd.Flags())
	return cmd
}

// serveWorkspace runs the app until ctx ends: the watcher reads the
// workspace again whenever files change, and each read updates the pages.
func serveWorkspace(ctx context.Context, cfg config.Config, cfgPath string, choose serveChoices, out io.Writer) error {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(choose.port)))
	if err != nil {
		return usageError(fmt.Errorf("cannot listen on 127.0.0.1:%d (%v): choose another --port, or 0 for any free one", choose.port, err))
	}
	srv, wt, err := newWebApp(cfg, cfgPath, out)
	if err != nil {
		ln.Close()
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	watched := make(chan error, 1)
	go func() { watched <- wt.Run(ctx) }()
	url := fmt.Sprintf("http://%s/?token=%s", ln.Addr(), srv.Token())
	fmt.Fprintf(out, "reportpipe is running for %s.\nOpen this address in your browser (it holds a key that changes at every start):\n\n    %s\n\nCtrl-C (or closing this window) stops it.\n", cfg.Report.Board, url)
	if choose.open {
		if err := openBrowser(url); err != nil {
			fmt.Fprintln(out, "(The browser could not be opened by itself: copy the address above into it.)")
		}
	}
	select {
	case <-ctx.Done():
	case err = <-served:
	case err = <-watched:
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(shut)
	if err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, context.Canceled) {
		return err
	}
	fmt.Fprintln(out, "\nStopped.")
	return nil
}

// newWebApp is the web app of the workspace and the watcher that refreshes
// it whenever the submissions, the configuration or the decisions change.
func newWebApp(cfg config.Config, cfgPath string, out io.Writer) (*web.Server, *watch.Watcher, error) {
	srv, err := web.New(web.Options{Config: cfg, Log: newLogger(),
		PipelineOptions: []pipeline.Option{pipeline.WithLogger(newLogger()), pipeline.WithCache(intake.OpenCache(pipeline.CacheDir(cfg)))}})
	if err != nil {
		return nil, nil, err
	}
	wt, err := watch.New(watch.Options{Root: cfg.Paths.Submissions, Ignore: []string{cfg.Paths.Output},
		Also: watchedFiles(cfgPath, cfg), Poll: cfg.Watch.Poll, Settle: cfg.Watch.Settle, Log: newLogger()},
		func(ctx context.Context, _, _ []string) error {
			if err := srv.Refresh(ctx); err != nil && ctx.Err() == nil {
				fmt.Fprintln(out, "reportpipe: the workspace could not be read:", err)
			}
			return nil
		})
	return srv, wt, err
}

// watchedFiles are the configuration and template, whose edits re-read.
func watchedFiles(cfgPath string, cfg config.Config) []string {
	var out []string
	for _, f := range []string{cfgPath, cfg.Paths.Template, cfg.Paths.Decisions} {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}
