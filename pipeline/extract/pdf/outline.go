package pdf

import (
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The outline (bookmarks). LibreOffice's default export, and Word's with
// "create bookmarks using headings", list every heading of the document in
// the /Outlines tree, nested by level: the surest word, after the
// structure tree, on which lines are headings. The layout reading takes a
// line, or a block, whose text is a bookmark's title as that heading, at
// the bookmark's depth. Bookmarks only label: they never move or drop
// text.

// maxOutlineItems bounds the bookmarks read: a statement has tens; a loop
// of /Next entries must end.
const maxOutlineItems = 5000

// bookmark is one outline entry: its title (spaces folded), its depth from
// 0, and its page (0 when its destination names none we know). The page
// keeps a contents list (a title as its own line) from being taken for
// the headings it names.
type bookmark struct {
	title string
	depth int
	page  int
}

// readOutline returns the document's bookmarks in order.
func readOutline(r *lpdf.Reader, pages []lpdf.Value) []bookmark {
	first := r.Trailer().Key("Root").Key("Outlines").Key("First")
	if first.Kind() != lpdf.Dict {
		return nil
	}
	pageOf := pageNumbers(pages)
	var out []bookmark
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		for n := 0; v.Kind() == lpdf.Dict && len(out) < maxOutlineItems && n < maxOutlineItems && depth < maxTreeDepth; n++ {
			if t := foldSpaces(v.Key("Title").Text()); t != "" {
				out = append(out, bookmark{title: t, depth: depth, page: destPage(v, pageOf)})
			}
			walk(v.Key("First"), depth+1)
			v = v.Key("Next")
		}
	}
	walk(first, 0)
	return out
}

// destPage returns the page an outline item's explicit destination names.
func destPage(item lpdf.Value, pageOf func(lpdf.Value) int) int {
	d := item.Key("Dest")
	if d.Kind() != lpdf.Array {
		d = item.Key("A").Key("D")
	}
	if d.Kind() == lpdf.Array && d.Len() > 0 && d.Index(0).Kind() == lpdf.Dict {
		return pageOf(d.Index(0))
	}
	return 0
}

func foldSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// applyOutline makes headings of the blocks the bookmarks name, in order:
// for each bookmark, the next block from the last one matched whose text
// is its title (on its page, when known) becomes a heading at its depth.
// A bookmark no block matches is passed over.
func applyOutline(blocks []model.Block, marks []bookmark) {
	from := 0
	for _, m := range marks {
		for i := from; i < len(blocks); i++ {
			b := blocks[i]
			if m.page != 0 && b.Pos().Page != m.page || foldSpaces(b.PlainText()) != m.title {
				continue
			}
			switch x := b.(type) {
			case *model.Heading:
				x.Level, x.Candidate = m.depth+1, false
			case *model.Paragraph:
				blocks[i] = &model.Heading{Position: x.Position, Text: x.Text, Level: m.depth + 1}
			default:
				continue
			}
			from = i + 1
			break
		}
	}
}

// markBookmarked marks the lines whose whole text is a bookmark's title.
func markBookmarked(ls []*line, titles map[string]int) {
	longest := 0
	for t := range titles {
		longest = max(longest, len(t))
	}
	for _, l := range ls {
		// Most lines are longer than any title: measured before the
		// line's text is built and folded.
		n := len(l.Frags) - 1
		for _, f := range l.Frags {
			n += len(f.Text)
		}
		if n <= longest+8 { // a few doubled spaces allowed for
			l.Bookmark = titles[foldSpaces(l.Text())]
		}
	}
}

// titlesOn returns the titles of the bookmarks on page (or on no known
// page), folded, with 1 + their depth.
func titlesOn(marks []bookmark, page int) map[string]int {
	var out map[string]int
	for _, m := range marks {
		if m.page == page || m.page == 0 {
			if out == nil {
				out = map[string]int{}
			}
			if _, seen := out[m.title]; !seen {
				out[m.title] = m.depth + 1
			}
		}
	}
	return out
}
