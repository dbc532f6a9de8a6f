package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/reportpipe/reportpipe/internal/progress"
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

// process extracts and maps one submitted document, each step only when
// the cache does not hold its result.
func (p *Pipeline) process(ctx context.Context, s intake.Submission) (outcome, error) {
	o := outcome{source: s.Source, err: s.Err}
	if s.Err != nil {
		return o, nil
	}
	ctx = progress.ForFile(progress.WithSteps(ctx, p.steps), assemble.DisplayName(s.Source))
	doc, pl, cached, err := p.extract(ctx, s)
	if err != nil {
		o.err = err
		return o, nil
	}
	if pl == nil {
		if pl, err = p.mapDocument(ctx, doc); err != nil {
			return o, err
		}
		p.work.mapped.Add(1)
		p.store(s.Source.SHA256, doc, pl, cached)
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

// extract gives the Document of the submission, and its placements when
// the cache holds them for this mapping (mapKey): from the cache when its
// content was read before (a .doc is then not converted again), else by
// converting a .doc and running the extractor for the format. A failure
// is a *model.InputError naming the document.
func (p *Pipeline) extract(ctx context.Context, s intake.Submission) (*model.Document, []model.Placement, bool, error) {
	src := s.Source
	if doc, pl, ok := p.cache.GetMapped(src.SHA256, p.mapKey); ok {
		if err := extract.CheckLength(doc, p.limits); err != nil { // cached before the limits were lowered
			return nil, nil, false, model.WithFile(err, assemble.DisplayName(src))
		}
		p.work.cached.Add(1)
		doc.Source = src
		return doc, pl, true, nil
	}
	if ie, ok := p.cache.GetRejected(src.SHA256); ok { // refused before: a hostile file is not paid for twice
		ie.File = ""
		return nil, nil, true, model.WithFile(ie, assemble.DisplayName(src))
	}
	if p.cacheOnly && src.Format == model.FormatDOC {
		return nil, nil, false, model.WithFile(notReadHere(), assemble.DisplayName(src))
	}
	format, data, err := intake.Prepare(ctx, s)
	if src.Format == model.FormatDOC {
		p.work.converted.Add(1)
	}
	if err != nil {
		return nil, nil, false, model.WithFile(err, assemble.DisplayName(src))
	}
	p.work.extracted.Add(1)
	doc, err := p.read(ctx, format, data)
	if err != nil {
		if !p.cacheOnly { // a quick read's refusal (a scan not OCRed) is not the file's
			p.remember(src, err)
		}
		return nil, nil, false, model.WithFile(err, assemble.DisplayName(src))
	}
	doc.Source = src
	return doc, nil, false, nil
}

// read extracts one document: in a reader process (pipeline/extract/contain)
// as a run does, or for a quick read of a PDF (Quick: the text layer
// alone, which the reader processes would OCR) in this process, bounded.
func (p *Pipeline) read(ctx context.Context, format model.Format, data []byte) (*model.Document, error) {
	if p.cacheOnly && format == model.FormatPDF {
		return p.extractors.Extract(ctx, format, data, p.limits)
	}
	return p.reader.Extract(ctx, format, data, p.limits)
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
