package pipeline

import (
	"context"
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/operatorfile"
	"os"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
)

// ErrNothingUsable is returned when a run found no statement to compile.
var ErrNothingUsable = errors.New("no usable statement was found, so no report was written")

// DraftChoices are what a caller may choose about the set a draft writes.
type DraftChoices struct {
	// Force writes a set even when nothing changed since the newest one.
	Force bool
	// Final adds the version to publish (with its page numbers and tagged
	// PDF where LibreOffice is installed); asking for it always writes.
	Final bool
}

// Draft is what writing a draft did.
type Draft struct {
	Result *Result
	// Paths are the files of the set written; nil when nothing was
	// written (nothing usable, or nothing changed).
	Paths []string
	// Unchanged is the newest set's stamp when it already holds exactly
	// this content, so nothing new was written.
	Unchanged *ContentStamp
	// PDF is the tagged PDF of the version to publish, or PDFErr says why
	// there is none (Final only; the Word file is written either way).
	PDF    string
	PDFErr error
}

// Draft compiles the report and writes a new dated draft set into the
// output folder, holding the folder's lock: the whole path a command
// needs. With nothing usable it returns the Draft and ErrNothingUsable.
func (p *Pipeline) Draft(ctx context.Context, choose DraftChoices) (*Draft, error) {
	release, err := LockOutput(p.cfg.Paths.Output)
	if err != nil {
		return nil, err
	}
	defer release()
	res, err := p.Run(ctx)
	if err != nil {
		return nil, err
	}
	d := &Draft{Result: res}
	if len(res.Report.Statements) == 0 {
		return d, ErrNothingUsable
	}
	return d, p.writeSet(ctx, d, choose)
}

// writeSet writes the set of d's report, unless (without Force or Final)
// the newest set already holds the same content.
func (p *Pipeline) writeSet(ctx context.Context, d *Draft, choose DraftChoices) error {
	r := d.Result.Report
	fp := fingerprint(r)
	if st, ok := unchangedSince(p.cfg.Paths.Output, fp); ok && !choose.Force && !choose.Final {
		d.Unchanged = &st
		return nil
	}
	opts, err := p.renderOptions()
	if err != nil {
		return err
	}
	var final finalSession
	if choose.Final {
		opts.Final = true
		final = p.finalSession(ctx, r, opts)
		opts.FinalContentsPages = final.pages
	}
	now := time.Now()
	if d.Paths, err = render.WriteAll(p.cfg.Paths.Output, p.cfg.Report.Name, now, r, render.All(opts)); err != nil {
		return err
	}
	recordContent(p.cfg.Paths.Output, fp, d.Paths, now)
	if choose.Final {
		d.PDF, d.PDFErr = final.write(d.Paths)
	}
	return nil
}

// LockOutput makes the output folder dir if needed and takes its lock, so
// only one reportpipe works on it at a time; a *render.LockedError names
// the holder. Holding it twice in one process is allowed (watch holds it
// while each rebuild takes it again).
func LockOutput(dir string) (release func(), err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &config.Error{Msg: fmt.Sprintf("the output folder %s cannot be created (%v): set paths.output (or --output) to a folder you can write to",
			dir, errors.Unwrap(err))}
	}
	return render.AcquireLock(dir)
}

// renderOptions are the renderers' options from the configuration.
func (p *Pipeline) renderOptions() (render.Options, error) {
	opts := render.Options{LowConfidence: p.cfg.Mapping.LowConfidence}
	if p.cfg.Paths.ReferenceDocx != "" {
		var err error
		if opts.ReferenceDOCX, err = operatorfile.Read(p.cfg.Paths.ReferenceDocx, operatorfile.MaxDocument); err != nil {
			return opts, &config.Error{Key: "paths.reference_docx", Msg: err.Error()}
		}
	}
	return opts, nil
}

// docxOptions are the Word draft's options for render options o.
func (p *Pipeline) docxOptions(o render.Options) docx.Options {
	return docx.Options{LowConfidence: o.LowConfidence, Reference: o.ReferenceDOCX}
}
