package docx

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// beginChapter starts the record of a chapter or appendix part: its
// blocks (or its awaited line) get provenance bookmarks like a
// statement's, so `reportpipe update` can bring a changed or late chapter
// into a reviewer's copy as tracked changes. The part heading is the
// outline's, not the chapter's, so it is not recorded.
func (mk *marks) beginChapter(pt model.Part) {
	mk.cur, mk.section = nil, ""
	c := provenance.Chapter{Heading: pt.Heading()}
	if pt.Document != nil {
		c.File, c.SHA256 = pt.File, pt.SHA256
	}
	mk.m.Chapters = append(mk.m.Chapters, c)
	mk.chap = &mk.m.Chapters[len(mk.m.Chapters)-1]
}

// runsText is the text a paragraph of runs reads back as: pictures and
// footnote marks hold none.
func runsText(runs []run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.Picture == nil && r.Footnote == "" {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// chapterMark records one chapter block and returns its bookmark number
// (0 outside a chapter's record).
func (w *writer) chapterMark(text string) int {
	return w.marks.add(provenance.KindBlock, text)
}
