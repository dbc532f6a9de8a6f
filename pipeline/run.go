package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/analysis"
	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Run compiles the report from the submissions folder: intake reads every
// file, extract and map each document, assemble decides agencies and
// versions and builds the statements, analyse reads them together. One bad
// file never stops the run; it is in Result.Files and Report.Rejected with
// its reason. An error means the run itself could not proceed (the folder
// cannot be read, a fault of ours).
func (p *Pipeline) Run(ctx context.Context) (*Result, error) {
	files, skipped, err := intake.Scan(p.cfg.Paths.Submissions, p.scanOptions())
	if tooLarge, ok := errors.AsType[*intake.FolderTooLargeError](err); ok {
		return nil, folderTooLarge(tooLarge)
	}
	if errors.Is(err, intake.ErrNoFolder) {
		return nil, err // already says what to do
	}
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", p.cfg.Paths.Submissions, err)
	}
	for _, s := range skipped {
		p.log.Debug("skipped", "file", s.Path, "why", s.Reason)
	}
	files, notes := p.leaveOut(files)
	if p.llm != nil {
		p.llm.Client().BeginRun() // the model phase of this run has its own time budget
	}
	p.work = &workCounter{}
	outcomes, err := p.processAll(ctx, files)
	if err != nil {
		return nil, err
	}
	res := &Result{Report: p.newReport(), Work: p.work.snapshot()}
	res.Report.Notes = append(res.Report.Notes, notes...)
	var docs []assemble.Mapped
	for _, o := range outcomes {
		if o.err != nil {
			res.reject(o.source, o.err, p.guessAgency(o.source))
			continue
		}
		docs = append(docs, o.mapped)
	}
	decided, notes, err := p.applyDecisions(docs)
	if err != nil {
		return nil, err
	}
	res.Decisions = decided
	res.Report.Notes = append(res.Report.Notes, notes...)
	cached := cachedDocs(outcomes)
	a := assemble.Assemble(docs, p.assembleOptions())
	res.Report.Statements, res.Report.Superseded, res.Report.Missing = a.Statements, a.Superseded, a.Missing
	res.Report.Awaited = assemble.Awaited(a.Missing, p.cfg.Agencies, p.cfg.StatementsNumber())
	for _, d := range a.Decisions {
		res.Files = append(res.Files, decisionOutcome(d, cached[d.Doc]))
	}
	p.recordFates(files, res.Files)
	if p.cacheOnly {
		return res, nil // quick reads answer the files' fates; the analysis adds nothing to them
	}
	if len(p.cfg.Parts) > 0 {
		p.readParts(ctx, res.Report)
	}
	prev, err := p.previousReport(ctx)
	if err != nil {
		res.Report.Notes = append(res.Report.Notes, err.Error()) // the run goes on without the follow-up
	}
	res.Report.Analysis = analysis.Analyse(res.Report.Statements, p.cfg.Agencies, p.tmpl, p.analysisOptions(prev, res.Report.Parts))
	p.languageModelNotes(ctx, res.Report)
	return res, nil
}

// languageModelNotes drafts the optional analysis notes and tells the run
// summary what the model did: fallbacks, dropped notes, and what was sent
// where (every run that sends text says so).
func (p *Pipeline) languageModelNotes(ctx context.Context, rep *model.Report) {
	if p.llm == nil {
		return
	}
	for _, n := range p.llm.Notes() {
		rep.Notes = append(rep.Notes, n.File+": "+n.Message)
	}
	if p.drafter != nil && rep.Analysis != nil {
		out, err := p.drafter.Draft(ctx, rep.Analysis, rep.Statements)
		if err != nil {
			rep.Notes = append(rep.Notes, "draft analysis notes: "+err.Error())
		} else {
			rep.Analysis.Notes = out.Notes
			rep.Notes = append(rep.Notes, out.Dropped...)
		}
	}
	if s := p.SentSummary(); s != "" {
		rep.Notes = append(rep.Notes, s)
	}
}

// assembleOptions is what the assemble stage needs of the configuration.
func (p *Pipeline) assembleOptions() assemble.Options {
	opt := assemble.Options{Agencies: p.cfg.Agencies, LowConfidence: p.cfg.Mapping.LowConfidence,
		StatementsNumber: p.cfg.StatementsNumber()}
	for _, s := range p.tmpl.Sections {
		opt.Sections = append(opt.Sections, assemble.Section{Key: s.Key, Title: s.Title, Required: s.Required})
	}
	return opt
}

// guessAgency names the agency a rejected file is probably from, by its
// name alone, so status can tell whom to ask for a new copy.
func (p *Pipeline) guessAgency(src model.Source) string {
	name := src.Path
	if src.Attachment != "" {
		name = src.Attachment
	}
	id := p.agencies.Identify(assemble.Clues{FileName: name})
	if !id.Known {
		return ""
	}
	return id.Agency
}

func (p *Pipeline) newReport() *model.Report {
	r := p.cfg.Report
	rep := &model.Report{Meta: model.ReportMeta{Board: r.Board, Title: r.Title, Period: r.Period,
		GeneratedAt: time.Now().UTC().Truncate(time.Second), StatementsNumber: p.cfg.StatementsNumber(),
		StatementsTitle: r.StatementsTitle, StatementsIntro: r.StatementsIntro}}
	for _, s := range p.tmpl.Sections {
		rep.Sections = append(rep.Sections, model.SectionInfo{Key: s.Key, Title: s.Title})
	}
	return rep
}

// leaveOut drops the files this run must not read, with a note for each.
func (p *Pipeline) leaveOut(files []intake.File) ([]intake.File, []string) {
	if len(p.leftOut) == 0 {
		return files, nil
	}
	skip := map[string]bool{}
	for _, f := range p.leftOut {
		if abs, err := filepath.Abs(f); err == nil {
			skip[abs] = true
		}
	}
	var keep []intake.File
	var notes []string
	for _, f := range files {
		if abs, err := filepath.Abs(f.Path); err == nil && skip[abs] {
			notes = append(notes, f.Path+" is still being written (it kept changing): it is left out of this draft and will be read once it settles.")
			continue
		}
		keep = append(keep, f)
	}
	return keep, notes
}

// analysisOptions is what the analyses need of the configuration, with
// last year's report already read and the outline's parts (the board's
// chapters, which the checklist reads too) filled.
func (p *Pipeline) analysisOptions(prev *model.PreviousReport, parts []model.Part) analysis.Options {
	a := p.cfg.Analysis
	return analysis.Options{TrainingTarget: a.TrainingTarget, ThinWords: a.ThinWords, Previous: prev,
		Checklist: checklist(p.cfg), Parts: parts}
}
