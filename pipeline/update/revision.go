package update

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"time"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Author signs every tracked change and comment update makes, so a
// reviewer can tell them from their colleagues' in Word's Review pane.
const Author = "reportpipe"

// revisions hands out the w:id of each tracked change and comment; Word
// wants them unique in the document, so they count up from above every id
// the document already uses.
type revisions struct {
	next int
	date string
}

func newRevisions(after int, at time.Time) *revisions {
	return &revisions{next: after + 1, date: at.UTC().Format("2006-01-02T15:04:05Z")}
}

func (r *revisions) id() string {
	s := strconv.Itoa(r.next)
	r.next++
	return s
}

// attrs are the attributes of a w:ins or w:del.
func (r *revisions) attrs() string {
	return ` w:id="` + r.id() + `" w:author="` + Author + `" w:date="` + r.date + `"`
}

// open starts a w:ins or w:del wrapper.
func (r *revisions) open(del bool) string {
	if del {
		return `<w:del` + r.attrs() + `>`
	}
	return `<w:ins` + r.attrs() + `>`
}

func closeTag(del bool) string {
	if del {
		return `</w:del>`
	}
	return `</w:ins>`
}

// mark is the empty w:ins or w:del that marks a paragraph mark or a row.
func (r *revisions) mark(del bool) string {
	if del {
		return `<w:del` + r.attrs() + `/>`
	}
	return `<w:ins` + r.attrs() + `/>`
}

// maxID is the largest w:id="N" in data, so new ids can start above it.
func maxID(data []byte) int {
	best := 0
	for _, m := range idAttr.Get().FindAllSubmatch(data, -1) {
		if n, err := strconv.Atoi(string(m[1])); err == nil && n > best {
			best = n
		}
	}
	return best
}

var idAttr = lazy.Re(`w:id="([0-9]{1,9})"`)

// textRuns writes s as runs' content with the run properties rPr: text in
// w:t (w:delText when deleted), tabs as w:tab, newlines as w:br, the way
// the draft writer wrote it.
func textRuns(b *bytes.Buffer, rPr []byte, s string, del bool) {
	if s == "" {
		return
	}
	elem := "w:t"
	if del {
		elem = "w:delText"
	}
	b.WriteString(`<w:r>`)
	b.Write(rPr)
	start := 0
	flush := func(end int) {
		if end > start {
			b.WriteString(`<` + elem + ` xml:space="preserve">`)
			xml.EscapeText(b, []byte(s[start:end]))
			b.WriteString(`</` + elem + `>`)
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' || s[i] == '\n' {
			flush(i)
			if s[i] == '\t' {
				b.WriteString(`<w:tab/>`)
			} else {
				b.WriteString(`<w:br/>`)
			}
			start = i + 1
		}
	}
	flush(len(s))
	b.WriteString(`</w:r>`)
}
