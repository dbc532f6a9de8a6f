package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/html"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// Updated is what bringing the reviewers' draft up to date did.
type Updated struct {
	Result  *Result
	Changes []update.Change
	// Path is the updated draft; Page its review page beside it.
	Path, Page string
}

// UpdateRefusedError says an edited file is not a draft update can
// match. A fresh draft set was written instead (Fresh), so the reviewers
// still get the current statements, unless that failed too (FreshErr).
type UpdateRefusedError struct {
	Edited   string
	Why      error
	Fresh    *Draft
	FreshErr error
}

func (e *UpdateRefusedError) Error() string {
	refusal := fmt.Sprintf("%s cannot be updated: %v", e.Edited, e.Why)
	switch {
	case errors.Is(e.FreshErr, ErrNothingUsable):
		return fmt.Sprintf("%s, and %v either", refusal, e.FreshErr)
	case e.FreshErr != nil:
		return fmt.Sprintf("%s; writing a fresh draft instead failed too: %v", refusal, e.FreshErr)
	}
	return fmt.Sprintf("%s, so a fresh draft was written instead: %s. Carry your edits over by hand this once",
		refusal, render.DraftDOCX(e.Fresh.Paths))
}

func (e *UpdateRefusedError) Unwrap() error { return e.Why }

// Update compiles the submissions and writes a new dated copy of the
// edited draft (read from a file named name) with every change since it
// was made as tracked changes, and its review page, holding the output
// folder's lock. A file update cannot match gives an *UpdateRefusedError,
// after a fresh draft set was written instead.
func (p *Pipeline) Update(ctx context.Context, name string, edited []byte) (*Updated, error) {
	release, err := LockOutput(p.cfg.Paths.Output)
	if err != nil {
		return nil, err
	}
	defer release()
	if err := update.Check(edited); refused(err) { // before reading every submission
		return nil, p.freshInstead(ctx, name, err)
	} else if err != nil {
		return nil, err
	}
	res, err := p.Run(ctx)
	if err != nil {
		return nil, err
	}
	if len(res.Report.Statements) == 0 {
		return nil, ErrNothingUsable
	}
	fresh, err := p.freshDraft(res.Report)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	up, err := update.Apply(edited, fresh, update.Options{Now: now})
	if refused(err) {
		return nil, p.freshInstead(ctx, name, err)
	} else if err != nil {
		return nil, err
	}
	return p.publishUpdate(res, name, up, now)
}

// freshDraft is the Word draft of r as run writes it, for update to take
// the current statements from.
func (p *Pipeline) freshDraft(r *model.Report) ([]byte, error) {
	opts, err := p.renderOptions()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := docx.New(p.docxOptions(opts)).Render(&buf, r); err != nil {
		return nil, fmt.Errorf("update: rendering the current statements: %w", err)
	}
	return buf.Bytes(), nil
}

// freshInstead writes a normal new draft set, as run does, for an edited
// file update cannot match, and returns the refusal naming it. Force: the
// reviewers asked for the current statements; pointing them at an older
// set, perhaps already edited, would only confuse.
func (p *Pipeline) freshInstead(ctx context.Context, name string, why error) error {
	e := &UpdateRefusedError{Edited: name, Why: why}
	e.Fresh, e.FreshErr = p.Draft(ctx, DraftChoices{Force: true})
	return e
}

// publishUpdate writes the updated draft and its review page.
func (p *Pipeline) publishUpdate(res *Result, name string, up *update.Result, now time.Time) (*Updated, error) {
	stem := filepath.Join(p.cfg.Paths.Output, render.SafeName(p.cfg.Report.Name)+"-updated-"+now.Format(render.StampLayout))
	path, err := render.PublishNew(stem, ".docx", up.DOCX)
	if err != nil {
		return nil, fmt.Errorf("writing the updated draft into %s: %w", p.cfg.Paths.Output, err)
	}
	var page bytes.Buffer
	sum := updateSummary(name, path, up.Changes)
	if err := html.New(html.Options{LowConfidence: p.cfg.Mapping.LowConfidence, Update: sum}).Render(&page, res.Report); err != nil {
		return nil, fmt.Errorf("the updated draft %s was written, but not its review page: %w", path, err)
	}
	pagePath := strings.TrimSuffix(path, ".docx") + ".html"
	if err := render.PublishAs(pagePath, page.Bytes()); err != nil {
		return nil, fmt.Errorf("the updated draft %s was written, but not its review page: %w", path, err)
	}
	return &Updated{Result: res, Changes: up.Changes, Path: path, Page: pagePath}, nil
}

// updateSummary is what the update changed, as the review page shows it.
func updateSummary(edited, updated string, changes []update.Change) *html.Update {
	sum := &html.Update{Edited: edited, Updated: filepath.Base(updated)} // the page sits beside it
	for _, c := range changes {
		a := html.AgencyUpdate{Agency: c.Agency, Summary: c.Describe(), Chapter: c.Chapter,
			Listed: c.Status == update.NewVersion || c.Status == update.ChapterChanged}
		for _, b := range c.Blocks {
			a.Blocks = append(a.Blocks, html.BlockUpdate{What: b.Outcome.Describe(), Conflict: b.Outcome.Clash(),
				Section: model.SectionKey(b.Section), Old: b.Old, New: b.New, Words: wordChanges(b)})
		}
		sum.Agencies = append(sum.Agencies, a)
	}
	return sum
}

// refused reports whether err is update's refusal of a draft it cannot
// match, rather than a fault.
func refused(err error) bool {
	return errors.Is(err, update.ErrNotDraft) || errors.Is(err, update.ErrUnmatched)
}

// wordChanges is what the agency changed in a block, word by word, as
// the tracked changes show it: from the paragraph as it stood (changed)
// or from the agency's old text (a clash), to its new text.
func wordChanges(b update.BlockChange) []html.WordChange {
	from := b.Old
	switch {
	case b.Outcome == update.BlockConflict && b.Was != "":
		from = b.Was
	case b.Outcome != update.BlockChanged:
		return nil
	}
	var out []html.WordChange
	for _, o := range update.DiffWords(from, b.New) {
		out = append(out, html.WordChange{Text: o.Text, Del: o.Kind == update.Deleted, Ins: o.Kind == update.Inserted})
	}
	return out
}
