package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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
	now := time.Now()
	stem := filepath.Join(p.cfg.Paths.Output, render.SafeName(p.cfg.Report.Name)+"-published-"+now.Format(render.StampLayout))
	return out, writePublished(stem, set, prep, now, out)
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

// writePublished writes the set under stem (a free name: never replacing
// a file), the register last; if one file cannot be written, those
// already written are removed, so the set is there whole or not at all.
func writePublished(stem string, set map[string][]byte, prep *publish.Result, now time.Time, out *Published) error {
	path, err := render.PublishNew(stem, ".docx", set[".docx"])
	if err != nil {
		return fmt.Errorf("writing the version to publish: %w", err)
	}
	written := []string{path}
	base := strings.TrimSuffix(path, ".docx")
	reg, err := publish.RegisterPage(prep.Title, filepath.Base(path), now, prep.Edits)
	if err == nil {
		for _, f := range []struct {
			ext  string
			data []byte
		}{{".pdf", set[".pdf"]}, {".html", set[".html"]}, {registerExt, reg}} {
			if err = render.PublishAs(base+f.ext, f.data); err != nil {
				break
			}
			written = append(written, base+f.ext)
		}
	}
	if err != nil {
		for _, w := range written {
			os.Remove(w)
		}
		return fmt.Errorf("writing the version to publish (nothing was kept): %w", err)
	}
	out.DOCX, out.PDF, out.HTML, out.Register = written[0], written[1], written[2], written[3]
	return nil
}
