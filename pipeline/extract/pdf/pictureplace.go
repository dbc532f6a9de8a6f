package pdf

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// placePictures stands each content picture of page p between the items
// (lines and tables, in reading order) it falls between. A picture whose
// place is not clear (text beside it, lines above and below it read in an
// order that crosses it, a table next to it whose place is not known)
// becomes unclear and is warned about instead.
func placePictures(p *pageLines, items []item) []item {
	var cands []*placedImage
	for _, im := range p.Images {
		if im.fate == picCandidate && im.pic != nil {
			cands = append(cands, im)
		}
	}
	// Top to bottom, then left to right: two pictures between the same
	// lines stand in that order.
	slices.SortStableFunc(cands, func(a, b *placedImage) int {
		if c := cmp.Compare(b.Box.Y1, a.Box.Y1); c != 0 {
			return c
		}
		return cmp.Compare(a.Box.X0, b.Box.X0)
	})
	for _, im := range cands {
		k, why := pictureSlot(items, im.Box)
		if why != "" {
			im.fate, im.why = picUnclear, why
			continue
		}
		items = slices.Insert(items, k, item{Pic: im})
		im.fate = picKept
	}
	return items
}

// pictureSlot finds where a picture drawn in b stands among one page's
// items: after the last line above it and before the first line below it,
// counting only lines that share some of its width (a column beside it is
// read on its own). why says what makes the order unclear ("" when clear).
func pictureSlot(items []item, b rect) (int, string) {
	lastAbove, firstBelow := -1, -1
	for k, it := range items {
		if it.Line == nil {
			continue
		}
		lb := lineBox(it.Line)
		across := lb.X0 < b.X1-overlapTol && lb.X1 > b.X0+overlapTol
		beside := lb.Y0 < b.Y1-overlapTol && lb.Y1 > b.Y0+overlapTol
		switch {
		case !across && beside && it.Line.Col == 0:
			return 0, "text runs beside it"
		case !across:
			continue
		case beside:
			return 0, "it overlaps the text"
		case lb.Y0 >= b.Y1-overlapTol: // above
			if firstBelow >= 0 {
				return 0, "the text around it is read in an order that crosses it"
			}
			lastAbove = k
		default: // below
			if firstBelow < 0 {
				firstBelow = k
			}
		}
	}
	var k int
	var near []item // the items between the picture's neighbours
	switch {
	case lastAbove < 0 && firstBelow < 0:
		return 0, "no text above or below it" // a picture alone
	case firstBelow < 0:
		k, near = lastAbove+1, items[lastAbove+1:]
	case lastAbove < 0:
		k, near = firstBelow, items[:firstBelow]
	default:
		k, near = firstBelow, items[lastAbove+1:firstBelow]
	}
	if hasTable(near) {
		return 0, "a table stands next to it"
	}
	return k, ""
}

// hasTable: a table among items, whose place beside a picture is unknown
// (a table keeps no coordinates).
func hasTable(items []item) bool {
	return slices.ContainsFunc(items, func(it item) bool { return it.Table != nil })
}

// pictureWarnings tells the reviewer of the content pictures not kept, by
// page and reason, as the DOCX reader does for the pictures it cannot read.
func pictureWarnings(pages []*pageLines) []string {
	var n int
	var where []string
	seen := map[string]bool{}
	for _, p := range pages {
		for _, im := range p.Images {
			if im.fate != picUnclear {
				continue
			}
			n++
			w := fmt.Sprintf("page %d: %s", im.Page, im.why)
			if !seen[w] && len(where) < 8 {
				seen[w] = true
				where = append(where, w)
			}
		}
	}
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d picture(s) were not kept (%s); if one holds text or figures (a chart, a pasted table), check it in the original",
		n, strings.Join(where, "; "))}
}
