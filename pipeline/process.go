package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// outcome is one document after intake, extract and map: either mapped,
// or refused with err (a *model.InputError).
type outcome struct {
	source model.Source
	mapped assemble.Mapped
	err    error
	cached bool
}

// processAll takes every file through intake, extract and map on as many
// workers as there are cores, keeping the files' order. Only a fault of
// ours (a mapper that loses blocks) or a cancelled context is an error.
func (p *Pipeline) processAll(ctx context.Context, files []intake.File) ([]outcome, error) {
	per := make([][]outcome, len(files))
	errs := make([]error, len(files))
	work := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				per[i], errs[i] = p.processFile(ctx, files[i])
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
	var out []outcome
	for i := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out = append(out, per[i]...)
	}
	return out, ctx.Err()
}

// processFile is the per-file path every command shares: intake reads the
// file once within the limits, then each document is extracted and mapped.
func (p *Pipeline) processFile(ctx context.Context, f intake.File) ([]outcome, error) {
	subs := intake.ReadFile(ctx, f, intake.ReadOptions{MaxBytes: p.limits.MaxFileBytes})
	out := make([]outcome, 0, len(subs))
	for _, s := range subs {
		o, err := p.process(ctx, s)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// process extracts and maps one submitted document.
func (p *Pipeline) process(ctx context.Context, s intake.Submission) (outcome, error) {
	o := outcome{source: s.Source, err: s.Err}
	if s.Err != nil {
		return o, nil
	}
	doc, cached, err := p.extract(ctx, s)
	if err != nil {
		o.err = err
		return o, nil
	}
	pl, err := p.mapDocument(ctx, doc)
	if err != nil {
		return o, err
	}
	o.cached = cached
	o.mapped = assemble.Mapped{Doc: doc, Placements: pl, From: s.From, Subject: s.Subject, Sent: s.Sent}
	if p.llm != nil {
		for _, n := range p.llm.NotesFor(doc) {
			o.mapped.Notes = append(o.mapped.Notes, n.Flag())
		}
	}
	return o, nil
}

// extract runs the extractor for the submission's format, through the
// cache when set. A failure is a *model.InputError naming the document.
func (p *Pipeline) extract(ctx context.Context, s intake.Submission) (*model.Document, bool, error) {
	src := s.Source
	if doc, ok := p.cache.Get(src.SHA256); ok {
		if err := extract.CheckLength(doc, p.limits); err != nil { // cached before the limits were lowered
			return nil, false, model.WithFile(err, assemble.DisplayName(src))
		}
		doc.Source = src
		return doc, true, nil
	}
	if ie, ok := p.cache.GetRejected(src.SHA256); ok { // refused before: a hostile file is not paid for twice
		ie.File = ""
		return nil, true, model.WithFile(ie, assemble.DisplayName(src))
	}
	format := src.Format
	if format == model.FormatDOC {
		format = model.FormatDOCX // intake converted it
	}
	doc, err := p.reader.Extract(ctx, format, s.Data, p.limits)
	if err != nil {
		p.remember(src, err)
		return nil, false, model.WithFile(err, assemble.DisplayName(src))
	}
	if err := p.cache.Put(src.SHA256, doc); err != nil {
		p.log.Warn("cache write failed", "file", src.Path, "err", err)
	}
	doc.Source = src
	return doc, false, nil
}

// mapDocument places the blocks of one document, checking conservation.
func (p *Pipeline) mapDocument(ctx context.Context, d *model.Document) ([]model.Placement, error) {
	pl, err := p.mapper.Map(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("map %s: %w", d.Source.Path, err)
	}
	if len(pl) != len(d.Blocks) {
		return nil, fmt.Errorf("map %s: mapper returned %d placements for %d blocks", d.Source.Path, len(pl), len(d.Blocks))
	}
	return pl, nil
}

// remember caches a refusal of the file's content, so status, inspect and
// the next watch rebuild do not read a hostile file again.
func (p *Pipeline) remember(src model.Source, err error) {
	ie, ok := errors.AsType[*model.InputError](err)
	if !ok {
		return
	}
	if err := p.cache.PutRejected(src.SHA256, ie); err != nil {
		p.log.Warn("cache write failed", "file", src.Path, "err", err)
	}
}
