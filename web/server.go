package web

import (
	"context"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/tracker"
)

// Upload limits: how many files one upload may carry and how large each
// may be (the size intake reads at most).
const (
	DefaultMaxFiles     = 20
	DefaultMaxFileBytes = 64 << 20
)

// DraftFunc builds a draft set in the output folder and returns the paths
// it wrote (none when nothing changed since the newest set).
type DraftFunc func(ctx context.Context) ([]string, error)

// Options set up a Server.
type Options struct {
	Config config.Config
	// Token is the secret every request must carry; New makes one when "".
	Token string
	// PipelineOptions are passed to pipeline.New on every refresh (a cache).
	PipelineOptions []pipeline.Option
	// Draft builds a draft; nil means the library's (pipeline.Draft, forced).
	Draft        DraftFunc
	MaxFiles     int
	MaxFileBytes int64
	Log          *slog.Logger
	// Now is the clock (days left, chase dates); nil means time.Now.
	Now func() time.Time
}

// Server is the web app of one workspace.
type Server struct {
	opt   Options
	pages *template.Template
	hub   *hub
	// refreshMu lets one compile run at a time; mu guards the state.
	refreshMu sync.Mutex
	mu        sync.RWMutex
	state     state
	// draftMu lets one draft be built at a time.
	draftMu sync.Mutex
	uploads batches
}

// state is the newest compile of the workspace.
type state struct {
	gen     int
	res     *pipeline.Result
	tracker tracker.Tracker
	at      time.Time
	err     error
}

// New makes the Server; call Refresh once before serving pages.
func New(opt Options) (*Server, error) {
	if opt.Token == "" {
		t, err := NewToken()
		if err != nil {
			return nil, err
		}
		opt.Token = t
	}
	if opt.MaxFiles <= 0 {
		opt.MaxFiles = DefaultMaxFiles
	}
	if opt.MaxFileBytes <= 0 {
		opt.MaxFileBytes = DefaultMaxFileBytes
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	return &Server{opt: opt, pages: pages, hub: newHub()}, nil
}

// Token is the secret the app's address carries.
func (s *Server) Token() string { return s.opt.Token }

// Refresh compiles the workspace again (without writing anything) and tells
// every open page. A compile that fails keeps the last good state and shows
// the error.
func (s *Server) Refresh(ctx context.Context) error {
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	s.hub.send("building", "")
	res, err := s.compile(ctx)
	s.mu.Lock()
	s.state.gen++
	s.state.at, s.state.err = s.opt.Now(), err
	if err == nil {
		s.state.res = res
		s.state.tracker = tracker.Build(res, trackerOptions(s.opt.Config), s.opt.Now())
	}
	gen := s.state.gen
	s.mu.Unlock()
	s.hub.send("season", itoa(gen))
	return err
}

func (s *Server) compile(ctx context.Context) (*pipeline.Result, error) {
	p, err := pipeline.New(s.opt.Config, s.opt.PipelineOptions...)
	if err != nil {
		return nil, err
	}
	return p.Run(ctx)
}

func (s *Server) current() state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state
}

// trackerOptions is what the tracker needs of the configuration (as status
// builds it).
func trackerOptions(cfg config.Config) tracker.Options {
	r := cfg.Report
	return tracker.Options{Board: r.Board, Title: r.Title, Period: r.Period, Deadline: r.Deadline,
		Submissions: cfg.Paths.Submissions, Agencies: cfg.Agencies}
}

// Handler is the app: every route behind the token and the host check.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.season)
	mux.HandleFunc("GET /events", s.events)
	mux.HandleFunc("GET /add", s.addPage)
	mux.HandleFunc("POST /add", s.upload)
	mux.HandleFunc("GET /statements/{agency}", s.statement)
	mux.HandleFunc("POST /decide", s.decide)
	mux.HandleFunc("GET /source/{file...}", s.source)
	mux.HandleFunc("GET /drafts", s.draftsPage)
	mux.HandleFunc("POST /drafts", s.buildDraft)
	mux.HandleFunc("GET /drafts/{name}", s.download)
	mux.HandleFunc("GET /update", s.updatePage)
	mux.HandleFunc("POST /update", s.updateDraft)
	mux.HandleFunc("GET /publish", s.publishPage)
	mux.HandleFunc("POST /publish", s.publishEdited)
	mux.HandleFunc("GET /chase", s.chasePage)
	mux.HandleFunc("GET /chase/{name}", s.chaseEML)
	return s.guard(mux)
}
