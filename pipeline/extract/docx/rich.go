package docx

import (
	"encoding/xml"
	"path"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// richSource is what the body's spans need from the rest of the package:
// a picture's bytes, a link's address and the footnotes' texts.
type richSource struct {
	media func(id string) ([]byte, string, bool)
	links map[string]string // relationship id → address
	notes map[string]string // footnote id → text
}

// drawn is what a w:drawing says of its picture: the blip's relationship,
// the size shown (EMU) and the name and alternative text of wp:docPr.
type drawn struct {
	embed, name, alt string
	cx, cy           int64
}

func (d *drawn) note(se xml.StartElement) {
	switch se.Name.Local {
	case "docPr":
		d.name = attrOr(se, "name")
		d.alt = strings.TrimSpace(attrOr(se, "descr"))
		if d.alt == "" {
			d.alt = strings.TrimSpace(attrOr(se, "title"))
		}
	case "extent":
		d.cx, _ = strconv.ParseInt(attrOr(se, "cx"), 10, 64)
		d.cy, _ = strconv.ParseInt(attrOr(se, "cy"), 10, 64)
	case "blip":
		if d.embed == "" {
			d.embed = attrOr(se, "embed")
		}
	}
}

// keepPicture adds the drawing just read to the paragraph as a picture
// span, where it stands; false when it is no picture whose bytes the
// package holds (a chart or shape drawn without a fallback image).
func (w *walker) keepPicture(p *para) bool {
	d := w.drawn
	if d.embed == "" || w.rich.media == nil {
		return false
	}
	data, ct, ok := w.rich.media(d.embed)
	if !ok {
		return false
	}
	p.spans = append(p.spans, model.Span{Picture: &model.Picture{Data: data, ContentType: ct, Name: d.name,
		Width: d.cx, Height: d.cy, Alt: d.alt}})
	return true
}

// hyperlink reads a w:hyperlink's runs as spans linking to its address
// (an anchor inside the document is no address and is not kept).
func (w *walker) hyperlink(se xml.StartElement, p *para) error {
	saved := w.link
	if addr, ok := w.rich.links[attrOr(se, "id")]; ok {
		w.link = addr
	}
	err := w.r.each(func(c xml.StartElement) error { return w.inline(c, p) })
	w.link = saved
	return err
}

// footnote puts a footnote's mark, with its text, where it stands.
func (w *walker) footnote(se xml.StartElement, p *para, sb *strings.Builder) {
	text, ok := w.rich.notes[attrOr(se, "id")]
	if !ok {
		return
	}
	// The run's text before the mark is written when the run ends; the
	// mark follows the paragraph's text so far and that text.
	p.spans = append(p.spans, model.Span{Text: sb.String()}, model.Span{Footnote: text})
	p.text.WriteString(sb.String())
	sb.Reset()
}

// addText adds a run's text as a span.
func (w *walker) addText(p *para, t string, bold, italic bool) {
	if t == "" {
		return
	}
	p.spans = append(p.spans, model.Span{Text: t, Bold: bold, Italic: italic, Link: w.link})
}

// runItalic is the run's own italic (styles are not followed: a chapter's
// italic is direct formatting in practice).
func (w *walker) runItalic(rp rProps) bool { return rp.italic == on }

// richSpans returns the paragraph's spans trimmed as its text is, merged
// where neighbours share a formatting; nil when they say nothing the text
// does not (all plain), so plain paragraphs stay as they always were.
func richSpans(in []model.Span) []model.Span {
	var out []model.Span
	for _, s := range in {
		if n := len(out); n > 0 && plainText(s) && plainText(out[n-1]) && out[n-1].Bold == s.Bold && out[n-1].Italic == s.Italic && out[n-1].Link == s.Link {
			out[n-1].Text += s.Text
			continue
		}
		if s.Text == "" && s.Picture == nil && s.Footnote == "" {
			continue
		}
		out = append(out, s)
	}
	trimEnds(out)
	rich := false
	for _, s := range out {
		rich = rich || s.Bold || s.Italic || s.Link != "" || !plainText(s)
	}
	if !rich {
		return nil
	}
	return out
}

// trimEnds trims the spaces the paragraph's text loses at its ends.
func trimEnds(spans []model.Span) {
	for i := range spans {
		if spans[i].Text = strings.TrimLeft(spans[i].Text, " \t\n"); spans[i].Text != "" || !plainText(spans[i]) {
			break
		}
	}
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].Text = strings.TrimRight(spans[i].Text, " \t\n"); spans[i].Text != "" || !plainText(spans[i]) {
			break
		}
	}
}

func plainText(s model.Span) bool { return s.Picture == nil && s.Footnote == "" }

func hasPicture(spans []model.Span) bool {
	for _, s := range spans {
		if s.Picture != nil {
			return true
		}
	}
	return false
}

// listIdentity names the item's source list (Word's numId: a restarted
// list is a new numId) and, on the list's first item, where it starts.
func (w *walker) listIdentity(li *model.ListItem, pp pProps) {
	numID, _, _, _ := w.styles.numbering(w.paraStyle(pp))
	if pp.hasNumID {
		numID = pp.numID
	}
	li.List = "docx:" + numID
	key := numID + "/" + strconv.Itoa(li.Depth)
	if w.lists == nil {
		w.lists = map[string]bool{}
	}
	if !w.lists[key] {
		w.lists[key] = true
		if s := w.num.start(numID, li.Depth); s > 1 {
			li.Start = s
		}
	}
}

// mediaType is a picture part's media type by its extension.
func mediaType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".png":
		return "image/png"
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".gif":
		return "image/gif"
	}
	return ""
}
