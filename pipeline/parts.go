package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract/datatable"
	"github.com/reportpipe/reportpipe/pipeline/extract/markdown"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// readParts fills the outline's parts: each chapter and table read from
// its file in the chapters folder. A file that is not there yet leaves its
// part awaited; one that cannot be read leaves it awaited with the reason
// (Problem), and a note. Nothing here maps a chapter into the statement
// template: a chapter is printed as its author wrote it.
func (p *Pipeline) readParts(ctx context.Context, rep *model.Report) {
	parts := p.cfg.Outline()
	for i := range parts {
		pt := &parts[i]
		if pt.Kind == model.PartStatements {
			rep.Meta.StatementsTitle = pt.Title
		}
		if !pt.HasFile() {
			continue
		}
		if pt.Deadline == "" {
			pt.Deadline = p.cfg.Report.Deadline
		}
		path := filepath.Join(p.cfg.Paths.Chapters, pt.File)
		data, modified, err := intake.ReadPart(path, p.limits.MaxFileBytes)
		if errors.Is(err, fs.ErrNotExist) {
			continue // awaited
		}
		if err == nil {
			sum := sha256.Sum256(data)
			pt.SHA256 = hex.EncodeToString(sum[:])
			err = p.readPart(ctx, pt, model.Source{Path: path, Size: int64(len(data)), Received: modified, SHA256: pt.SHA256}, data)
		}
		if err != nil {
			pt.Problem = problem(err)
			rep.Notes = append(rep.Notes, pt.File+": "+pt.Problem)
		}
	}
	rep.Parts = parts
}

// readPart reads one part's bytes by the file's kind.
func (p *Pipeline) readPart(ctx context.Context, pt *model.Part, src model.Source, data []byte) error {
	path := src.Path
	var doc *model.Document
	var err error
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".csv":
		pt.Table, err = datatable.ReadCSV(data)
		return err
	case ".xlsx":
		pt.Table, err = datatable.ReadXLSX(data, p.sheetOf(pt))
		return err
	case ".md", ".markdown":
		doc, err = markdown.New(markdown.Options{Picture: p.chapterPicture(filepath.Dir(path))}).Extract(ctx, data)
	case ".docx":
		src.Format = model.FormatDOCX
		doc, err = p.reader.Extract(ctx, model.FormatDOCX, data, p.limits)
	case ".odt":
		src.Format = model.FormatODT
		doc, err = p.reader.Extract(ctx, model.FormatODT, data, p.limits)
	default:
		return fmt.Errorf("%s: not a chapter or table file", ext)
	}
	if err != nil {
		return err
	}
	doc.Source = src
	pt.Document = doc
	return nil
}

// sheetOf is the configured sheet of a table part.
func (p *Pipeline) sheetOf(pt *model.Part) string {
	for _, c := range p.cfg.Parts {
		if c.File == pt.File && c.Title == pt.Title {
			return c.Sheet
		}
	}
	return ""
}

// chapterPicture finds a Markdown chapter's picture beside it; a path that
// leaves the chapters folder is not followed.
func (p *Pipeline) chapterPicture(dir string) func(string) ([]byte, string, bool) {
	return func(dest string) ([]byte, string, bool) {
		if strings.Contains(dest, "://") || filepath.IsAbs(dest) {
			return nil, "", false
		}
		path := filepath.Join(dir, filepath.FromSlash(dest))
		if rel, err := filepath.Rel(dir, path); err != nil || strings.HasPrefix(rel, "..") {
			return nil, "", false
		}
		data, _, err := intake.ReadPart(path, p.limits.MaxFileBytes)
		if err != nil {
			return nil, "", false
		}
		ct := mime.TypeByExtension(strings.ToLower(filepath.Ext(path)))
		if !strings.HasPrefix(ct, "image/") {
			return nil, "", false
		}
		return data, ct, true
	}
}

// problem is what a person reads about a part that could not be used.
func problem(err error) string {
	if ie, ok := errors.AsType[*model.InputError](err); ok {
		return ie.Reason()
	}
	return err.Error()
}
