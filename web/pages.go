package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/tracker"
)

//go:embed assets templates
var assets embed.FS

func parsePages() (*template.Template, error) {
	return template.New("").Funcs(template.FuncMap{
		"agencyURL": func(a string) string { return "/statements/" + url.PathEscape(a) },
		"date":      func(t time.Time) string { return t.Local().Format("2 Jan 2006") },
		"next":      nextStep,
		"stateWord": stateWord,
	}).ParseFS(assets, "templates/*.tmpl")
}

// Frame is what every page shows: the report, the state of the newest
// compile, the token for forms, and whether the page reloads itself when
// the workspace changes (live) or only offers to.
type Frame struct {
	Page, Title  string
	Token        string
	Live         bool
	Board, About string
	Error        string
	Generation   int
	Read         string
}

func (s *Server) frame(page, title string, live bool) Frame {
	st := s.current()
	r := s.opt.Config.Report
	c := Frame{Page: page, Title: title, Token: s.opt.Token, Live: live, Board: r.Board,
		About: r.Title + " " + r.Period, Generation: st.gen}
	if st.err != nil {
		c.Error = st.err.Error()
	}
	if !st.at.IsZero() {
		c.Read = st.at.Local().Format("15:04:05")
	}
	return c
}

// render writes one page, buffered so a template error is a clean 500.
func (s *Server) render(w http.ResponseWriter, code int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, data); err != nil {
		s.opt.Log.Error("page", "page", name, "err", err)
		refuse(w, http.StatusInternalServerError, "The page could not be made: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(b.Bytes())
}

// seasonView is the season page: the tracker of the newest compile.
type seasonView struct {
	Frame
	T        tracker.Tracker
	Deadline string
	Ready    bool
}

func (s *Server) season(w http.ResponseWriter, r *http.Request) {
	st := s.current()
	v := seasonView{Frame: s.frame("season", "The season", true), T: st.tracker, Ready: st.res != nil}
	v.Deadline = deadlineWords(st.tracker)
	s.render(w, http.StatusOK, "season", v)
}

func deadlineWords(t tracker.Tracker) string {
	switch {
	case t.Deadline == "" || t.DaysLeft == nil:
		return ""
	case *t.DaysLeft < 0:
		return fmt.Sprintf("The deadline, %s, passed %d day(s) ago.", t.Deadline, -*t.DaysLeft)
	case *t.DaysLeft == 0:
		return fmt.Sprintf("The deadline is today (%s).", t.Deadline)
	}
	return fmt.Sprintf("%d day(s) left until the deadline, %s.", *t.DaysLeft, t.Deadline)
}

// stateWord names a row's state as the page shows it.
func stateWord(st tracker.State, optional bool) string {
	switch st {
	case tracker.Received:
		return "Received"
	case tracker.NeedsAttention:
		return "Needs attention"
	}
	if optional {
		return "Not sent (optional)"
	}
	return "Awaited"
}

// nextStep is the "what to do next" of one row.
func nextStep(r tracker.Row) []string {
	switch {
	case len(r.Actions) > 0:
		return r.Actions
	case len(r.Chase) > 0:
		return r.Chase
	case r.State == tracker.Missing && r.Optional:
		return []string{"Nothing: this agency's statement is optional."}
	case r.State == tracker.Missing:
		return []string{"Chase the agency: its statement has not arrived."}
	}
	return []string{"Nothing to do."}
}

// addView is the page for adding submissions, with the results of the
// last upload when there was one.
type addView struct {
	Frame
	Results  []uploadFate
	Problem  string
	MaxFiles int
	MaxMB    int64
}

// uploadFate is an uploaded file and what the newest compile made of it.
type uploadFate struct {
	uploadResult
	Fate string
	Bad  bool
}

func (s *Server) addView(results []uploadResult, problem string) addView {
	v := addView{Frame: s.frame("add", "Add submissions", false), Problem: problem,
		MaxFiles: s.opt.MaxFiles, MaxMB: s.opt.MaxFileBytes >> 20}
	for _, u := range results {
		f := uploadFate{uploadResult: u}
		if u.SavedAs != "" {
			f.Fate, f.Bad = s.fateOf(u.SavedAs)
		}
		v.Results = append(v.Results, f)
	}
	return v
}

func (s *Server) addPage(w http.ResponseWriter, r *http.Request) {
	var id int
	fmt.Sscan(r.URL.Query().Get("batch"), &id)
	v := s.addView(s.uploads.get(id), "")
	for _, f := range v.Results {
		if f.SavedAs != "" && f.Fate == fateReading {
			v.Live = true // the page fills in by itself once the files are read
		}
	}
	s.render(w, http.StatusOK, "add", v)
}
