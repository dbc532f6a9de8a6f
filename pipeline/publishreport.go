package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/publish"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/render/officepdf"
)

// Published is what publishing the reviewers' finished copy wrote: the
// Word file, its tagged PDF and web page, and the edits register beside
// them (for the board's record).
type Published struct {
	DOCX, PDF, HTML, Register string
	// Accepted counts the tracked changes accepted (PublishChoices'
	// AcceptChanges); DroppedComments the open comments dropped.
	Accepted, DroppedComments int
	// Allowed are the open items published as they are, by choice.
	Allowed []publish.Item
	// Edits are the edits register's lines.
	Edits []publish.Edit
}

// Publish writes the version to publish from the reviewers' edited
// draft (read from a file named name), never changing that file. It
// refuses with a *publish.RefusedError, before reading any submission,
// while open items remain that opts do not allow; then it compiles the
// submissions (what the agencies sent, for the edits register), makes the
// document, runs LibreOffice once for its page numbers and tagged PDF,
// and writes the four files into the output folder under its lock: all
// of them or none.
func (p *Pipeline) Publish(ctx context.Context, name string, edited []byte, opts publish.Options) (*Published, error) {
	items, err := publish.Review(edited)
	if err != nil {
		return nil, fmt.Errorf("%s cannot be published: %w", name, err)
	}
	if err := publish.Refusal(items, opts); err != nil {
		return nil, err
	}
	release, err := LockOutput(p.cfg.Paths.Output)
	if err != nil {
		return nil, err
	}
	defer release()
	res, err := p.Run(ctx)
	if err != nil {
		return nil, err
	}
	fresh, err := p.freshDraft(res.Report)
	if err != nil {
		return nil, err
	}
	prep, err := publish.Prepare(edited, fresh, opts)
	if err != nil {
		return nil, err
	}
	set, err := p.publishedSet(ctx, prep)
	if err != nil {
		return nil, err
	}
	out := &Published{Accepted: prep.Accepted, DroppedComments: prep.DroppedComments, Edits: prep.Edits}
	for _, it := range prep.Items {
		if it.Kind != publish.TrackedChange && it.Kind != publish.OpenComment {
			out.Allowed = append(out.Allowed, it)
		}
	}
	return out, p.writeSetOf(prep, set, out)
}

// writeSetOf names the set (<report.name>-published-<stamp>) and writes
// it with its edits register, noting the paths in out.
func (p *Pipeline) writeSetOf(prep *publish.Result, set map[string][]byte, out *Published) error {
	now := time.Now()
	stem := filepath.Join(p.cfg.Paths.Output, render.SafeName(p.cfg.Report.Name)+"-published-"+now.Format(render.StampLayout))
	docName := filepath.Base(freeStem(stem, []pubFile{{ext: ".docx"}, {ext: ".pdf"}, {ext: ".html"}, {ext: registerExt}})) + ".docx"
	reg, err := publish.RegisterPage(prep.Title, docName, now, prep.Edits)
	if err != nil {
		return err
	}
	paths, err := writePublished(stem, []pubFile{{".docx", set[".docx"]}, {".pdf", set[".pdf"]}, {".html", set[".html"]}, {registerExt, reg}})
	if err != nil {
		return err
	}
	out.DOCX, out.PDF, out.HTML, out.Register = paths[0], paths[1], paths[2], paths[3]
	return nil
}

// publishedSet makes the files' contents: the document with its page
// numbers, its PDF (one LibreOffice start, in a profile kept in the
// cache) and its web page.
func (p *Pipeline) publishedSet(ctx context.Context, prep *publish.Result) (map[string][]byte, error) {
	pdf, pages, err := officepdf.Publish(ctx, prep.DOCX, prep.Contents, officepdf.SessionOptions{Profile: p.officeProfile()})
	if err != nil {
		return nil, fmt.Errorf("nothing was published: %w", err)
	}
	doc, err := publish.WithPages(prep.DOCX, pages)
	if err != nil {
		return nil, err
	}
	page, err := publish.Page(doc)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{".docx": doc, ".pdf": pdf, ".html": page}, nil
}

// registerExt names the edits register beside the version to publish.
const registerExt = ".edits-register.html"

// pubFile is one file of the published set: its ending and contents.
type pubFile struct {
	ext  string
	data []byte
}

// writePublished writes the set under the first free stem (stem, stem-2,
// ...: a name none of the set's files has, so no file is ever replaced),
// the Word file first; if one file cannot be written, those already
// written are removed, so the set is there whole or not at all. It
// returns the paths written, in the order of files.
func writePublished(stem string, files []pubFile) ([]string, error) {
	stem = freeStem(stem, files)
	path, err := render.PublishNew(stem, files[0].ext, files[0].data)
	if err != nil {
		return nil, fmt.Errorf("writing the version to publish: %w", err)
	}
	written := []string{path}
	base := strings.TrimSuffix(path, files[0].ext)
	for _, f := range files[1:] {
		if err := render.PublishAs(base+f.ext, f.data); err != nil {
			for _, w := range written {
				os.Remove(w)
			}
			return nil, fmt.Errorf("writing the version to publish (nothing was kept): %w", err)
		}
		written = append(written, base+f.ext)
	}
	return written, nil
}

// freeStem is stem, or stem-2, stem-3, ... the first that no file of the
// set is named after yet.
func freeStem(stem string, files []pubFile) string {
	for n := 1; n < 1000; n++ {
		s := stem
		if n > 1 {
			s = stem + "-" + strconv.Itoa(n)
		}
		free := true
		for _, f := range files {
			if _, err := os.Lstat(s + f.ext); !errors.Is(err, os.ErrNotExist) {
				free = false
				break
			}
		}
		if free {
			return s
		}
	}
	return stem
}
