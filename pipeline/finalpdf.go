package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/officepdf"
)

// finalSession is the one LibreOffice start of run --final: the version
// to publish rendered once without page numbers, LibreOffice updating its
// contents and exporting the tagged PDF, the pages read off that PDF for
// the Word file written next.
type finalSession struct {
	pdf   []byte
	pages []int
	err   error
}

// officeProfile is LibreOffice's profile, kept in the workspace's cache
// so each start skips the first-start setup.
func (p *Pipeline) officeProfile() string { return filepath.Join(CacheDir(p.cfg), "libreoffice") }

func (p *Pipeline) finalSession(ctx context.Context, r *model.Report, opts render.Options) finalSession {
	dopts := p.docxOptions(opts)
	dopts.Final, dopts.ContentsPages = true, nil
	rd := docx.New(dopts)
	lines, err := rd.Contents(r)
	if err != nil {
		return finalSession{err: err}
	}
	var doc bytes.Buffer
	if err := rd.Render(&doc, r); err != nil {
		return finalSession{err: err}
	}
	pdf, pages, err := officepdf.Publish(ctx, doc.Bytes(), lines, officepdf.SessionOptions{Profile: p.officeProfile()})
	return finalSession{pdf: pdf, pages: pages, err: err}
}

// write puts the PDF beside the version to publish among paths
// (NAME.final.pdf), never replacing a file.
func (f finalSession) write(paths []string) (string, error) {
	if f.err != nil {
		return "", f.err
	}
	for _, path := range paths {
		if render.IsFinal(path) {
			dst := strings.TrimSuffix(path, ".docx") + ".pdf"
			if err := render.PublishAs(dst, f.pdf); err != nil {
				return "", fmt.Errorf("PDF of %s: %w", filepath.Base(path), err)
			}
			return dst, nil
		}
	}
	return "", errors.New("no version to publish was written")
}
