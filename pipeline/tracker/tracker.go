package tracker

import (
	"path/filepath"
	"strconv"
	"time"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// State is where an expected agency stands.
type State string

// The states, worst last.
const (
	Received       State = "received"
	NeedsAttention State = "needs_attention" // sent something that cannot be used as it is
	Missing        State = "missing"
)

// Tracker is the whole status page.
type Tracker struct {
	Board        string         `json:"board"`
	Title        string         `json:"title"`
	Period       string         `json:"period"`
	Deadline     string         `json:"deadline,omitempty"`
	DaysLeft     *int           `json:"days_left,omitempty"` // negative once passed
	Counts       Counts         `json:"counts"`
	Rows         []Row          `json:"agencies"`
	Unidentified []Unidentified `json:"unidentified"`
	Rejected     []Rejected     `json:"rejected"`
	Superseded   []Superseded   `json:"superseded"`
	// Chapters are the board's own chapters and tables the outline
	// expects; none without an outline.
	Chapters []ChapterRow `json:"chapters,omitempty"`
	// Decisions are the reviewers' placement decisions (decisions.yaml).
	Decisions []Decision `json:"decisions"`
}

// Counts sums the rows by state; optional agencies that sent nothing are
// not counted as missing.
type Counts struct {
	Received       int `json:"received"`
	NeedsAttention int `json:"needs_attention"`
	Missing        int `json:"missing"`
}

// Row is one expected agency.
type Row struct {
	Number   string    `json:"number,omitempty"` // the statement's number in the report, e.g. "7.3"
	Agency   string    `json:"agency"`
	State    State     `json:"state"`
	Optional bool      `json:"optional,omitempty"`
	Contact  string    `json:"contact,omitempty"`
	Files    []string  `json:"files"` // used, relative to the submissions folder
	Received time.Time `json:"received,omitzero"`
	Sections Coverage  `json:"sections"`
	Flags    []string  `json:"flags"`
	// Actions are the flags someone must act on before publication (a
	// missing section, a file that could not be used, possible personal
	// data in the text).
	Actions []string `json:"actions,omitempty"`
	// Chase is what to ask of the agency itself, in words written to it
	// ("Your file X could not be used because it is password-protected:
	// please send a copy without a password."); what --chase sends.
	Chase []string `json:"chase,omitempty"`
}

// Coverage is how many of the template's sections the statement fills.
type Coverage struct {
	Have    int      `json:"have"`
	Of      int      `json:"of"`
	Missing []string `json:"missing,omitempty"` // section titles
}

// String gives "5/5", or "-" when there is no statement.
func (c Coverage) String() string {
	if c.Of == 0 || c.Have == 0 && len(c.Missing) == 0 {
		return "-"
	}
	return strconv.Itoa(c.Have) + "/" + strconv.Itoa(c.Of)
}

// Unidentified is a readable file no configured agency matched.
type Unidentified struct {
	File  string `json:"file"`
	Title string `json:"title"` // the name it is shown under: its own title
}

// Rejected is a file that could not be used, with the reason.
type Rejected struct {
	File   string `json:"file"`
	Agency string `json:"agency,omitempty"` // guessed from the file name
	Reason string `json:"reason"`
	Detail string `json:"-"` // what is wrong, without what to do
	Cause  string `json:"cause,omitempty"`
}

// Superseded is an earlier version replaced by a later one.
type Superseded struct {
	File   string `json:"file"`
	Agency string `json:"agency"`
	By     string `json:"by"`
	Why    string `json:"why,omitempty"` // what decided that By is the later version
}

// Options are what the tracker needs of the configuration.
type Options struct {
	Board, Title, Period string
	Deadline             string // YYYY-MM-DD, or ""
	Submissions          string // the folder, so files are shown relative to it
	Agencies             []model.Agency
}

// Build makes the tracker of a run. now decides the days left.
func Build(res *pipeline.Result, opt Options, now time.Time) Tracker {
	t := Tracker{Board: opt.Board, Title: opt.Title, Period: opt.Period,
		Deadline: opt.Deadline, Unidentified: []Unidentified{}, Rejected: []Rejected{}, Superseded: []Superseded{}}
	t.DaysLeft = daysLeft(opt.Deadline, now)
	t.Decisions = decisions(res)
	rel := relTo(opt.Submissions)
	for _, f := range res.Files {
		switch f.Status {
		case pipeline.FileUnidentified:
			t.Unidentified = append(t.Unidentified, Unidentified{File: rel(f), Title: f.Agency})
		case pipeline.FileRejected:
			t.Rejected = append(t.Rejected, Rejected{File: rel(f), Agency: f.Agency, Reason: f.Reason, Detail: f.Detail, Cause: f.Cause})
		case pipeline.FileSuperseded:
			t.Superseded = append(t.Superseded, Superseded{File: rel(f), Agency: f.Agency,
				By: relPath(opt.Submissions, f.By), Why: f.Reason})
		}
	}
	t.Chapters = chapterRows(res)
	for _, a := range opt.Agencies {
		row := buildRow(a, res, t.Rejected, rel)
		t.Rows = append(t.Rows, row)
		switch {
		case row.State == Received:
			t.Counts.Received++
		case row.State == NeedsAttention:
			t.Counts.NeedsAttention++
		case !row.Optional:
			t.Counts.Missing++
		}
	}
	return t
}

// relTo shows outcomes relative to the submissions folder, with the
// attachment named for an e-mail.
func relTo(root string) func(pipeline.FileOutcome) string {
	return func(f pipeline.FileOutcome) string {
		s := relPath(root, f.Path)
		if f.Attachment != "" {
			s += " (attachment " + f.Attachment + ")"
		}
		return s
	}
}

func relPath(root, p string) string {
	if root == "" || p == "" {
		return p
	}
	if r, err := filepath.Rel(root, p); err == nil && filepath.IsLocal(r) {
		return r
	}
	return p
}

func daysLeft(deadline string, now time.Time) *int {
	d, err := time.ParseInLocation("2006-01-02", deadline, now.Location())
	if err != nil {
		return nil
	}
	y, m, dd := now.Date()
	today := time.Date(y, m, dd, 0, 0, 0, 0, now.Location())
	n := int(d.Sub(today).Hours() / 24)
	return &n
}

// the sections a statement is measured against: the template's, except
// inspection, which only some agencies have.
func coverageSections(rep *model.Report) []model.SectionInfo {
	var out []model.SectionInfo
	if rep != nil {
		for _, s := range rep.Sections {
			if s.Key != model.SectionInspection && s.Key != model.SectionUnmapped {
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 {
		for _, k := range model.TemplateOrder {
			if k != model.SectionInspection {
				out = append(out, model.SectionInfo{Key: k, Title: string(k)})
			}
		}
	}
	return out
}
