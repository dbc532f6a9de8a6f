package pdf

import (
	"cmp"
	"slices"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// Some producers tag a picture's Figure element (with its /Alt) but draw
// the picture itself as an artifact, outside marked content, so no MCID
// leads from the drawing to the element (LibreOffice 7 does so for a
// Word document's inline pictures). The simple case is still clear: a page
// whose Figure elements are as many as its content pictures pairs them in
// order. Anything less simple gives no alternative text, which the draft
// then asks for.

// maxFigureNodes and maxFigureDepth bound the structure tree walk.
const (
	maxFigureNodes = 20_000
	maxFigureDepth = 64
)

// figuresOn returns the alternative texts ("" for none) of the Figure
// elements on page n, in the tree's order.
func (a *altFinder) figuresOn(n int) []string {
	if a.figures == nil {
		a.figures = map[int][]string{}
		a.readFigures()
	}
	return a.figures[n]
}

// readFigures walks the structure tree once, noting each Figure element's
// page and alternative text.
func (a *altFinder) readFigures() {
	defer func() { recover() }() // a damaged tree leaves what was read
	if a.root.IsNull() {
		return
	}
	pageOf := pageNumbers(a.pv)
	roles := a.root.Key("RoleMap")
	budget := maxFigureNodes
	var walk func(e lpdf.Value, page, depth int)
	walk = func(e lpdf.Value, page, depth int) {
		budget--
		if budget < 0 || depth > maxFigureDepth || e.Kind() != lpdf.Dict {
			return
		}
		if pg := e.Key("Pg"); pg.Kind() == lpdf.Dict {
			page = pageOf(pg)
		}
		if standardRole(roles, e.Key("S").Name()) == "Figure" && page > 0 {
			a.figures[page] = append(a.figures[page], strings.TrimSpace(e.Key("Alt").Text()))
			return
		}
		k := e.Key("K")
		if k.Kind() == lpdf.Dict {
			walk(k, page, depth+1)
		}
		for i := 0; i < k.Len() && budget > 0; i++ {
			walk(k.Index(i), page, depth+1)
		}
	}
	walk(a.root, 0, 0)
}

// pairFigures gives the pictures of one page that found no alternative
// text through their MCID the texts of the page's Figure elements, in
// order, when they are as many.
func pairFigures(a *altFinder, page int, pics []*placedImage) {
	if len(pics) == 0 || slices.ContainsFunc(pics, func(im *placedImage) bool { return im.pic.Alt != "" }) {
		return
	}
	figs := a.figuresOn(page)
	if len(figs) != len(pics) {
		return
	}
	slices.SortStableFunc(pics, func(x, y *placedImage) int {
		if c := cmp.Compare(y.Box.Y1, x.Box.Y1); c != 0 {
			return c
		}
		return cmp.Compare(x.Box.X0, y.Box.X0)
	})
	for i, im := range pics {
		im.pic.Alt = figs[i]
	}
}
