package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// style is the formatting in force while inlines are walked.
type style struct {
	bold, italic bool
	link         string
}

// inlines returns the spans of n's inline children, neighbours with one
// formatting merged.
func (w *walker) inlines(n ast.Node) []model.Span {
	var out []model.Span
	w.inline(n, style{}, &out)
	return merge(out)
}

func (w *walker) inline(n ast.Node, st style, out *[]model.Span) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Text:
			t := string(v.Segment.Value(w.src))
			switch {
			case v.HardLineBreak():
				t += "\n"
			case v.SoftLineBreak():
				t += " "
			}
			*out = append(*out, span(t, st))
		case *ast.String:
			*out = append(*out, span(string(v.Value), st))
		case *ast.CodeSpan:
			w.inline(v, st, out)
		case *ast.Emphasis:
			s := st
			if v.Level >= 2 {
				s.bold = true
			} else {
				s.italic = true
			}
			w.inline(v, s, out)
		case *ast.Link:
			s := st
			s.link = string(v.Destination)
			w.inline(v, s, out)
		case *ast.AutoLink:
			s := st
			s.link = string(v.URL(w.src))
			*out = append(*out, span(string(v.Label(w.src)), s))
		case *ast.Image:
			*out = append(*out, model.Span{Picture: w.picture(v)})
		case *extast.FootnoteLink:
			*out = append(*out, model.Span{Footnote: w.notes[v.Index]})
		case *ast.RawHTML:
			*out = append(*out, span(rawText(v, w.src), st))
		default:
			w.inline(c, st, out)
		}
	}
}

func span(t string, st style) model.Span {
	return model.Span{Text: t, Bold: st.bold, Italic: st.italic, Link: st.link}
}

// picture is an image with its alternative text, and its bytes when the
// chapter's folder holds the file it names.
func (w *walker) picture(img *ast.Image) *model.Picture {
	var alt []model.Span
	w.inline(img, style{}, &alt)
	p := &model.Picture{Alt: strings.TrimSpace(joinSpans(alt)), Name: string(img.Destination), ContentType: "image/png"}
	if w.opts.Picture != nil {
		if data, ct, ok := w.opts.Picture(string(img.Destination)); ok {
			p.Data, p.ContentType = data, ct
			return p
		}
	}
	w.warnings = append(w.warnings, "the picture "+string(img.Destination)+" was not found beside the chapter; its place is kept with its description")
	return p
}

// footnotes collects each footnote's text by index, so a mark carries
// the text of its note.
func footnotes(root ast.Node, src []byte) map[int]string {
	out := map[int]string{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fn, ok := n.(*extast.Footnote)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		w := &walker{src: src}
		var parts []string
		for c := fn.FirstChild(); c != nil; c = c.NextSibling() {
			var spans []model.Span
			w.inline(c, style{}, &spans)
			parts = append(parts, strings.TrimSpace(joinSpans(spans)))
		}
		out[fn.Index] = strings.Join(parts, "\n")
		return ast.WalkSkipChildren, nil
	})
	return out
}

// rawText is inline HTML as written.
func rawText(n *ast.RawHTML, src []byte) string {
	var sb strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		sb.Write(seg.Value(src))
	}
	return sb.String()
}

// merge joins neighbouring text spans of one formatting.
func merge(in []model.Span) []model.Span {
	var out []model.Span
	for _, s := range in {
		if n := len(out); n > 0 && s.Picture == nil && s.Footnote == "" && out[n-1].Picture == nil && out[n-1].Footnote == "" &&
			out[n-1].Bold == s.Bold && out[n-1].Italic == s.Italic && out[n-1].Link == s.Link {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	if n := len(out); n > 0 {
		out[n-1].Text = strings.TrimRight(out[n-1].Text, " ")
	}
	return out
}

// joinSpans is the spans' text: the block's Text.
func joinSpans(spans []model.Span) string {
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// plainless drops spans that say nothing Text does not: one plain run.
func plainless(spans []model.Span) []model.Span {
	if len(spans) == 1 && spans[0] == (model.Span{Text: spans[0].Text}) {
		return nil
	}
	return spans
}
