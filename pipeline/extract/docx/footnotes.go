package docx

import (
	"context"
	"encoding/xml"
	"path"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
)

// richOf gathers what the body's spans refer to: the main part's pictures
// (read once each, only image parts), its external links and its
// footnotes' texts. A part that cannot be read leaves the picture, link or
// footnote out, never the body.
func richOf(ctx context.Context, pkg *ziputil.Package, ps parts, depth int) richSource {
	rs := richSource{links: map[string]string{}}
	for id, r := range ps.mainRels {
		if r.external && path.Base(r.typ) == "hyperlink" {
			rs.links[id] = r.target
		}
	}
	read := map[string][]byte{}
	rs.media = func(id string) ([]byte, string, bool) {
		r, ok := ps.mainRels[id]
		ct := mediaType(r.target)
		if !ok || r.external || ct == "" {
			return nil, "", false
		}
		if data, ok := read[r.target]; ok {
			return data, ct, true
		}
		data, err := pkg.Read(r.target)
		if err != nil {
			return nil, "", false
		}
		read[r.target] = data
		return data, ct, true
	}
	if name, ok := ps.mainRels.byType("footnotes"); ok {
		if raw, err := pkg.Read(name); err == nil {
			rs.notes = footnoteTexts(newReader(ctx, raw, depth))
		}
	}
	return rs
}

// footnoteTexts reads footnotes.xml: each footnote's text by its id, its
// paragraphs one a line; the separators Word keeps there are left out.
func footnoteTexts(r *reader) map[string]string {
	out := map[string]string{}
	_ = eachTop(r, func(se xml.StartElement) error {
		if se.Name.Local != "footnote" {
			return r.skip()
		}
		id, typ := attrOr(se, "id"), attrOr(se, "type")
		var paras []string
		var sb strings.Builder
		err := collectText(r, &sb, &paras)
		if typ == "" || typ == "normal" {
			out[id] = strings.TrimSpace(strings.Join(paras, "\n"))
		}
		return err
	})
	return out
}

// collectText gathers the w:t text under the current element, one entry
// of paras per w:p.
func collectText(r *reader, sb *strings.Builder, paras *[]string) error {
	return r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "t":
			t, err := r.text()
			sb.WriteString(t)
			return err
		case "tab":
			sb.WriteByte('\t')
		case "p":
			sb.Reset()
			err := collectText(r, sb, paras)
			*paras = append(*paras, sb.String())
			sb.Reset()
			return err
		default:
			return collectText(r, sb, paras)
		}
		return r.skip()
	})
}
