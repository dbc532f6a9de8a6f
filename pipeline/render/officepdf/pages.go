package officepdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// ContentsPages finds the page of each line of the final version's
// contents by rendering it once with LibreOffice, so the version to
// publish shows its page numbers without anyone updating the field. The
// contents' own lines do not change the pages (they are there, without
// numbers, in the rendering measured). Without LibreOffice or pdftotext,
// or on any failure, it returns nil and the contents has no numbers.
func ContentsPages(ctx context.Context, r *model.Report, opts docx.Options) []int {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return nil
	}
	opts.Final, opts.ContentsPages = true, nil
	rd := docx.New(opts)
	lines, err := rd.Contents(r)
	if err != nil {
		return nil
	}
	var doc bytes.Buffer
	if rd.Render(&doc, r) != nil {
		return nil
	}
	dir, err := os.MkdirTemp("", "reportpipe-pages-*")
	if err != nil {
		return nil
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "final.docx")
	if os.WriteFile(in, doc.Bytes(), 0o600) != nil {
		return nil
	}
	pdf, err := convert(ctx, in, dir, "pdf")
	if err != nil {
		return nil
	}
	text, err := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		return nil
	}
	return pagesOf(strings.Split(string(text), "\f"), lines, layout.StatementsIntro(r.Meta))
}

// pagesOf finds, for each heading in order, the first page at or after the
// previous heading's that holds it, starting at the first page holding
// start (the text under the first heading, so the contents page, which
// names every heading, is passed over). A heading not found gets 0.
func pagesOf(pages, headings []string, start string) []int {
	flat := make([]string, len(pages))
	for i, p := range pages {
		flat[i] = strings.Join(strings.Fields(p), " ")
	}
	at := 0
	for at < len(flat) && !strings.Contains(flat[at], squash(start)) {
		at++
	}
	out := make([]int, len(headings))
	for i, h := range headings {
		for p := at; p < len(flat); p++ {
			if strings.Contains(flat[p], squash(h)) {
				out[i], at = p+1, p
				break
			}
		}
	}
	return out
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
