package publish

import (
	"bytes"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// furniture finds the blocks reportpipe put in the draft for its
// reviewers: the source lines under each agency heading (recorded as
// such), the "Draft generated" line of the title page, the files
// appendix, the analyses that are review work (possible personal data)
// or language-model drafts, any paragraph left in the Draft Note style,
// and the appendix of text not placed once nothing of it is left to
// place. Everything else in the body is the reviewers' and stays.
func (v *view) furniture(pls []placed) map[*node]bool {
	drop := map[*node]bool{}
	beforeFirstPart := true
	for i := 0; i < len(pls); i++ {
		pl := pls[i]
		text := strings.TrimSpace(pl.n.plain())
		if pl.level == 1 {
			beforeFirstPart = false
		}
		switch {
		case v.kindOf(pl.n) == provenance.KindSource:
			drop[pl.n] = true
		case beforeFirstPart && strings.HasPrefix(text, docx.DraftDatePrefix):
			drop[pl.n] = true
		case v.st.styleName(pl.n) == "draft note":
			drop[pl.n] = true
		case pl.level == 1 && text == docx.FilesHeading,
			pl.level == 1 && text == docx.UnplacedHeading && !hasUnplaced(v, pls[i+1:]),
			pl.level == 2 && (text == layout.PersonalDataTitle || text == layout.DraftNotesTitle):
			i = dropRegion(pls, i, drop)
		}
	}
	return drop
}

// dropRegion marks block i and those after it up to the next heading of
// its level or higher, and returns the index of the last one marked.
func dropRegion(pls []placed, i int, drop map[*node]bool) int {
	lvl := pls[i].level
	drop[pls[i].n] = true
	j := i + 1
	for ; j < len(pls) && (pls[j].level == 0 || pls[j].level > lvl); j++ {
		drop[pls[j].n] = true
	}
	return j - 1
}

// hasUnplaced says whether the unplaced appendix (the blocks after its
// heading) still holds agency text.
func hasUnplaced(v *view, after []placed) bool {
	for _, pl := range after {
		if pl.level == 1 {
			return false
		}
		if pl.level == 0 && v.kindOf(pl.n) == provenance.KindBlock && strings.TrimSpace(pl.n.plain()) != "" {
			return true
		}
	}
	return false
}

// removeBlocks drops the marked blocks from the body.
func (v *view) removeBlocks(drop map[*node]bool) {
	v.body.filter(func(k *node) bool { return !drop[k] }, func(*node) bool { return false })
}

// removeComments drops every comment anchor and reference from the body
// and the comment parts from the package: the version to publish carries
// no comments (reportpipe's are furniture; a reviewer's were resolved, or
// dropped at the reviewers' word).
func (v *view) removeComments(cm comments) {
	v.body.filter(func(k *node) bool {
		switch k.name {
		case "w:commentRangeStart", "w:commentRangeEnd":
			return false
		case "w:r":
			return k.child("w:commentReference") == nil || strings.TrimSpace(k.plain()) != ""
		case "w:commentReference":
			return false
		}
		return true
	}, func(*node) bool { return false })
	for _, name := range cm.parts {
		v.p.remove(name)
	}
}

// removeRecord drops the provenance bookmarks and the record's parts: the
// published document is not a draft update can work on.
func (v *view) removeRecord() {
	ids := map[string]bool{}
	v.body.each(func(k *node) {
		if k.name == "w:bookmarkStart" && strings.HasPrefix(k.attr("w:name"), docx.BookmarkPrefix) {
			ids[k.attr("w:id")] = true
		}
	})
	v.body.filter(func(k *node) bool {
		return (k.name != "w:bookmarkStart" && k.name != "w:bookmarkEnd") || !ids[k.attr("w:id")]
	}, func(*node) bool { return false })
	if v.recPart == "" {
		return
	}
	for _, r := range v.p.rels(v.recPart) {
		v.p.remove(r.target)
	}
	v.p.remove(v.recPart)
}

// unmarkHeaders takes the DRAFT mark off every page header, leaving the
// title and period the draft put after it.
func (v *view) unmarkHeaders() {
	for _, r := range v.p.rels(mainPart) {
		if !strings.HasSuffix(r.typ, "/header") {
			continue
		}
		top, err := parse(v.p.Parts[r.target])
		if err != nil {
			continue
		}
		changed := false
		for _, n := range top {
			n.each(func(t *node) {
				if t.name != "w:t" || changed {
					return
				}
				for _, c := range t.kids {
					if c.isText && strings.HasPrefix(c.text, docx.DraftHeaderPrefix) {
						c.text = strings.TrimPrefix(c.text, docx.DraftHeaderPrefix)
						c.start = escapeText(c.text)
						changed = true
					}
				}
			})
		}
		if changed {
			v.p.Set(r.target, serialise(top))
		}
	}
}

// escapeText is character data as XML.
func escapeText(s string) []byte {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.Bytes()
}
