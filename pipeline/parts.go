package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract/datatable"
	"github.com/reportpipe/reportpipe/pipeline/extract/markdown"
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
		data, err := p.readPartFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue // awaited
		}
		if err == nil {
			err = p.readPart(ctx, pt, path, data)
		}
		if err != nil {
			pt.Problem = problem(err)
			rep.Notes = append(rep.Notes, pt.File+": "+pt.Problem)
		}
	}
	rep.Parts = parts
}

// readPartFile reads a part's file within the file size limit.
func (p *Pipeline) readPartFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	data, err := io.ReadAll(io.LimitReader(f, p.limits.MaxFileBytes+1))
	if err != nil {
		return nil, model.Reject(model.ErrUnreadable, "the file cannot be read: "+err.Error(), "Check it is saved and not open elsewhere")
	}
	if int64(len(data)) > p.limits.MaxFileBytes {
		return nil, model.Reject(model.ErrTooLarge, fmt.Sprintf("the file is larger than %d MB", p.limits.MaxFileBytes>>20), "Check the outline names the right file")
	}
	return data, nil
}

// readPart reads one part's bytes by the file's kind.
func (p *Pipeline) readPart(ctx context.Context, pt *model.Part, path string, data []byte) error {
	src := model.Source{Path: path, Size: int64(len(data))}
	if st, err := os.Stat(path); err == nil {
		src.Received = st.ModTime().UTC()
	}
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
		doc, err = p.extractors.Extract(ctx, model.FormatDOCX, data, p.limits)
	case ".odt":
		src.Format = model.FormatODT
		doc, err = p.extractors.Extract(ctx, model.FormatODT, data, p.limits)
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
		data, err := p.readPartFile(path)
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
