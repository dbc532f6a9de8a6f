package pdf

import (
	"math"
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

// markBookmarked marks, in reading order, the first line whose whole text
// is a bookmark's title, or the first two or three lines in a row that
// read as the title wrapped (close together, of one size). Each bookmark
// names one heading: a paragraph opening with the same words as a title
// that wrapped (a statement naming its agency) is no heading.
func markBookmarked(ls []*line, titles map[string]*pageTitle) {
	longest := 0
	for t := range titles {
		longest = max(longest, len(t))
	}
	for i := 0; i < len(ls); i++ {
		text := ""
		for n := 0; n < maxTitleLines && i+n < len(ls); n++ {
			l := ls[i+n]
			if n > 0 && !wrapsTitle(ls[i+n-1], l) {
				break
			}
			// Most lines are longer than any title: measured before the
			// line's text is built and folded.
			if text = joinTitle(text, l); len(text) > longest+8 { // a few doubled spaces allowed for
				break
			}
			t := titles[foldSpaces(text)]
			if t == nil || t.left == 0 {
				continue
			}
			t.left--
			for k := 0; k <= n; k++ {
				ls[i+k].Bookmark, ls[i+k].BookmarkMore = t.level, k > 0
			}
			i += n
			break
		}
	}
}

// maxTitleLines: a heading wraps over three lines at most.
const maxTitleLines = 3

// joinTitle adds line l's text to a title's text so far, measuring first.
func joinTitle(text string, l *line) string {
	n := len(text) + len(l.Frags)
	for _, f := range l.Frags {
		n += len(f.Text)
	}
	if n > 4*1024 {
		return strings.Repeat(" ", n) // too long for any title; never built
	}
	if text == "" {
		return l.Text()
	}
	return text + " " + l.Text()
}

// wrapsTitle: l can carry on the title line p ends: on the same page and
// in the same column, of one size, and just below it.
func wrapsTitle(p, l *line) bool {
	return l.Page == p.Page && l.Col == p.Col && math.Abs(l.Size-p.Size) <= 0.6 &&
		p.Y > l.Y && p.Y-l.Y <= 1.6*l.Size
}

// pageTitle is a bookmark title on one page: its heading level (1 + the
// bookmark's depth) and how many headings with that title are still to be
// found there (one per bookmark).
type pageTitle struct{ level, left int }

// titlesOn returns the titles of the bookmarks on page (or on no known
// page), folded, each with its level and count.
func titlesOn(marks []bookmark, page int) map[string]*pageTitle {
	var out map[string]*pageTitle
	for _, m := range marks {
		if m.page == page || m.page == 0 {
			if out == nil {
				out = map[string]*pageTitle{}
			}
			if t := out[m.title]; t != nil {
				t.left++
				continue
			}
			out[m.title] = &pageTitle{level: m.depth + 1, left: 1}
		}
	}
	return out
}
