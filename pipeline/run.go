package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/analysis"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Run compiles the report from the submissions folder: every file read,
// every usable document mapped, versions resolved, statements assembled in
// the configured order and analysed. One bad file never stops the run; it is
// in Result.Files and Report.Rejected with its reason. An error means the run
// itself could not proceed (the folder cannot be read, a fault of ours).
func (p *Pipeline) Run(ctx context.Context) (*Result, error) {
	files, skipped, err := intake.Scan(p.cfg.Paths.Submissions)
	if errors.Is(err, intake.ErrNoFolder) {
		return nil, err // already says what to do
	}
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", p.cfg.Paths.Submissions, err)
	}
	for _, s := range skipped {
		p.log.Debug("skipped", "file", s.Path, "why", s.Reason)
	}
	reads, err := p.readAll(ctx, files)
	if err != nil {
		return nil, err
	}
	res := &Result{Report: p.newReport()}
	var docs []mapped
	for _, r := range reads {
		if r.Err != nil {
			res.reject(r)
			continue
		}
		m, err := p.mapRead(ctx, r)
		if err != nil {
			return nil, err
		}
		docs = append(docs, m)
	}
	p.resolve(res, docs)
	res.Report.Analysis = analysis.Analyse(res.Report.Statements, p.cfg.Agencies, p.tmpl, analysis.Options{
		TrainingTarget: p.cfg.Analysis.TrainingTarget, ThinWords: p.cfg.Analysis.ThinWords})
	flagPersonalData(res.Report)
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

// readAll reads the files on as many workers as there are cores, keeping
// the files' order in the result.
func (p *Pipeline) readAll(ctx context.Context, files []intake.File) ([]Read, error) {
	per := make([][]Read, len(files))
	errs := make([]error, len(files))
	work := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				per[i], errs[i] = p.ReadFile(ctx, files[i].Path)
				if p.progress != nil {
					p.progress(int(done.Add(1)), len(files))
				}
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	var out []Read
	for i := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out = append(out, per[i]...)
	}
	return out, ctx.Err()
}

func (p *Pipeline) mapRead(ctx context.Context, r Read) (mapped, error) {
	agency, known := p.Identify(r)
	pl, err := p.mapDocument(ctx, r.Doc)
	return mapped{read: r, agency: agency, known: known, placements: pl}, err
}

// resolve groups the mapped documents by agency, keeps the latest version
// of each statement, and assembles the statements in report order.
func (p *Pipeline) resolve(res *Result, docs []mapped) {
	byKey := map[string]mapped{}
	var cands []intake.Candidate
	for _, m := range docs {
		c := intake.Candidate{Key: sourceKey(m.read.Source), Agency: m.agency,
			Name: displayName(m.read.Source), Received: m.read.Source.Received,
			Words: docWords(m.read.Doc), Inspection: mostlyInspection(m.placements)}
		byKey[c.Key] = m
		cands = append(cands, c)
	}
	use, superseded := intake.ResolveVersions(cands)
	for _, s := range superseded {
		m := byKey[s.Key]
		by := byKey[s.By]
		res.Report.Superseded = append(res.Report.Superseded, model.Superseded{
			File: displayName(m.read.Source), Agency: m.agency, By: displayName(by.read.Source)})
		res.Files = append(res.Files, outcome(m, FileSuperseded, displayName(by.read.Source)))
	}
	groups := map[string][]mapped{}
	var order []string
	for _, c := range use {
		m := byKey[c.Key]
		if _, seen := groups[m.agency]; !seen {
			order = append(order, m.agency)
		}
		groups[m.agency] = append(groups[m.agency], m)
		status := FileUsed
		if !m.known {
			status = FileUnidentified
		}
		res.Files = append(res.Files, outcome(m, status, ""))
	}
	p.order(order)
	for i, agency := range order {
		g := groups[agency]
		st := p.assemble(agency, g[0].known, g)
		st.Number = fmt.Sprintf("%s.%d", p.cfg.Report.StatementsNumber, i+1)
		res.Report.Statements = append(res.Report.Statements, st)
	}
	for _, a := range p.cfg.Agencies {
		if _, ok := groups[a.Name]; !ok && !a.Optional {
			res.Report.Missing = append(res.Report.Missing, a.Name)
		}
	}
}

// order sorts agency names: configured agencies in configured order, then
// unidentified ones alphabetically.
func (p *Pipeline) order(names []string) {
	rank := map[string]int{}
	for i, a := range p.cfg.Agencies {
		rank[a.Name] = i
	}
	sort.SliceStable(names, func(i, j int) bool {
		ri, iok := rank[names[i]]
		rj, jok := rank[names[j]]
		switch {
		case iok && jok:
			return ri < rj
		case iok != jok:
			return iok
		default:
			return names[i] < names[j]
		}
	})
}

func (p *Pipeline) newReport() *model.Report {
	r := p.cfg.Report
	rep := &model.Report{Meta: model.ReportMeta{Board: r.Board, Title: r.Title, Period: r.Period,
		GeneratedAt: time.Now().UTC().Truncate(time.Second), StatementsNumber: r.StatementsNumber,
		StatementsTitle: r.StatementsTitle}}
	for _, s := range p.tmpl.Sections {
		rep.Sections = append(rep.Sections, model.SectionInfo{Key: s.Key, Title: s.Title})
	}
	return rep
}

func (res *Result) reject(r Read) {
	reason := r.Err.Error()
	if ie, ok := asInput(r.Err); ok {
		reason = ie.Reason()
	}
	res.Report.Rejected = append(res.Report.Rejected, model.Rejected{File: displayName(r.Source), Reason: reason})
	res.Files = append(res.Files, FileOutcome{Path: r.Source.Path, Attachment: r.Source.Attachment,
		Format: r.Source.Format, Status: FileRejected, Received: r.Source.Received, Reason: reason})
}

func outcome(m mapped, status FileStatus, by string) FileOutcome {
	s := m.read.Source
	return FileOutcome{Path: s.Path, Attachment: s.Attachment, Format: s.Format, Status: status,
		Agency: m.agency, Received: s.Received, By: by, Cached: m.read.Cached}
}

func sourceKey(s model.Source) string { return s.Path + "\x00" + s.Attachment }

// docWords is the document's text as lower-case words, for comparing versions.
func docWords(d *model.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, strings.Fields(strings.ToLower(b.PlainText()))...)
	}
	return out
}

// mostlyInspection reports whether most content of a document sits in the
// inspection section: such a document is an inspection summary and goes first.
func mostlyInspection(pl []model.Placement) bool {
	insp, all := 0, 0
	for _, p := range pl {
		if p.IsHeading() {
			continue
		}
		n := len(strings.Fields(p.Block.PlainText()))
		all += n
		if p.Section == model.SectionInspection {
			insp += n
		}
	}
	return all > 0 && insp*2 > all
}
