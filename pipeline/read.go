package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Read is one document read from a submission: a file gives one, an e-mail
// one per attachment. Exactly one of Doc and Err is set.
type Read struct {
	Source model.Source
	Doc    *model.Document
	Err    error
	// From and Subject are the sender's address and the subject line when
	// the document came from an e-mail.
	From    string
	Subject string
	Cached  bool
}

// ReadFile reads the submission at path. Problems with the file come back
// as Reads with Err (a *model.InputError); only a file that cannot be opened
// at all gives an error as well.
func (p *Pipeline) ReadFile(ctx context.Context, path string) ([]Read, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("read %s: is a folder, not a file", path)
	}
	if info.Size() > p.limits.MaxFileBytes {
		src := model.Source{Path: path, Size: info.Size(), Received: info.ModTime().UTC()}
		return []Read{{Source: src, Err: &model.InputError{File: path, Stage: model.StageIntake,
			Detail: fmt.Sprintf("the file is %d MB, far larger than any statement", info.Size()>>20),
			Hint:   "Ask the agency for the statement alone, without embedded pictures or appendices",
			Err:    model.ErrTooLarge}}}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return p.ReadBytes(ctx, path, info.ModTime().UTC(), data), nil
}

// ReadBytes reads a submission already in memory; name is its path (used in
// messages and to spot lock files), received its arrival time.
func (p *Pipeline) ReadBytes(ctx context.Context, name string, received time.Time, data []byte) []Read {
	src := model.Source{Path: name, Size: int64(len(data)), SHA256: hashOf(data), Received: received}
	format, err := intake.Sniff(filepath.Base(name), data)
	src.Format = format
	if err == nil && format == model.FormatEML {
		return p.readEmail(ctx, src, data)
	}
	if errors.Is(err, model.ErrLegacyDoc) {
		data, err = p.convertDoc(ctx, data)
	}
	if err != nil {
		return []Read{{Source: src, Err: withFile(err, name)}}
	}
	return []Read{p.extract(ctx, src, data)}
}

// extract runs the extractor for src.Format, through the cache when set.
func (p *Pipeline) extract(ctx context.Context, src model.Source, data []byte) Read {
	if p.cache != nil {
		if doc, ok := p.cache.Get(src.SHA256); ok {
			doc.Source = src
			return Read{Source: src, Doc: doc, Cached: true}
		}
	}
	format := src.Format
	if format == model.FormatDOC {
		format = model.FormatDOCX // converted by convertDoc
	}
	doc, err := p.extractors.Extract(ctx, format, data, p.limits)
	if err != nil {
		return Read{Source: src, Err: withFile(err, displayName(src))}
	}
	if p.cache != nil {
		if err := p.cache.Put(src.SHA256, doc); err != nil {
			p.log.Warn("cache write failed", "file", src.Path, "err", err)
		}
	}
	doc.Source = src
	return Read{Source: src, Doc: doc}
}

// readEmail takes the statements attached to an e-mail.
func (p *Pipeline) readEmail(ctx context.Context, src model.Source, data []byte) []Read {
	msg, err := intake.ParseEML(data)
	if err != nil {
		return []Read{{Source: src, Err: withFile(err, src.Path)}}
	}
	received := src.Received
	if !msg.Date.IsZero() {
		received = msg.Date.UTC()
	}
	var out []Read
	for _, a := range msg.Attachments {
		asrc := model.Source{Path: src.Path, Attachment: a.Name, Size: int64(len(a.Data)),
			SHA256: hashOf(a.Data), Received: received}
		for _, r := range p.ReadBytes(ctx, a.Name, received, a.Data) {
			r.Source.Path, r.Source.Attachment = asrc.Path, asrc.Attachment
			if r.Doc != nil {
				r.Doc.Source = r.Source
			}
			r.From, r.Subject = msg.From, msg.Subject
			out = append(out, r)
		}
	}
	return out
}

// convertDoc turns a legacy .doc into .docx when LibreOffice is installed.
func (p *Pipeline) convertDoc(ctx context.Context, data []byte) ([]byte, error) {
	out, err := intake.ConvertDOC(ctx, data)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// withFile sets the file name on an InputError that lacks one.
func withFile(err error, name string) error {
	var ie *model.InputError
	if errors.As(err, &ie) && ie.File == "" {
		c := *ie
		c.File = name
		return &c
	}
	return err
}

func displayName(src model.Source) string {
	if src.Attachment != "" {
		return src.Path + " (attachment " + src.Attachment + ")"
	}
	return src.Path
}

func hashOf(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
