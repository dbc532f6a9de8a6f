package pdf

import (
	"fmt"
	"math"
)

// Which drawn images are content. A logo in the header or footer band, a
// picture repeated at the same place on several pages, a rule or bullet
// drawn as a tiny image and a background behind the text are not; they are
// left out without a word. A content picture that overlaps text, is drawn
// turned, or stands on a page set sideways has no clear place in the
// reading order and is warned about.

const (
	// minPicture: an image smaller than this (points) both ways is a
	// bullet, an icon or a spacer; thinner than minPictureSide one way, a
	// rule drawn as an image.
	minPicture     = 40
	minPictureSide = 8
	// backgroundShare: an image covering this much of the page under text
	// is a background, a watermark or a scan under its OCR text.
	backgroundShare = 0.6
	// overlapTol (points) forgives an image edge touching a line's rect.
	overlapTol = 1.5
)

// pageImages notes the images drawn on page n. On a page whose text runs
// sideways the boxes are not in the lines' frame, so every content image
// there is unclear.
func pageImages(n int, drawn []placedImage, gs []glyph) []*placedImage {
	if len(drawn) == 0 {
		return nil
	}
	sideways := len(gs) > 0 && mainOrientation(gs) != upright
	out := make([]*placedImage, len(drawn))
	for i := range drawn {
		im := &drawn[i]
		im.Page = n
		if sideways {
			im.fate, im.why = picUnclear, "its page is set sideways"
		}
		out[i] = im
	}
	return out
}

// chooseContent marks every image as decoration or leaves it a candidate
// (or unclear, with why).
func chooseContent(pages []*pageLines) {
	repeats := repeatedImages(pages)
	for _, p := range pages {
		for _, im := range p.Images {
			if im.fate != picCandidate {
				continue
			}
			im.fate, im.why = judgeImage(p, im, repeats[imageKey(im)] > 1)
		}
	}
}

// judgeImage decides one image's fate from its rect and the page's lines.
func judgeImage(p *pageLines, im *placedImage, repeated bool) (picFate, string) {
	b := im.Box
	switch {
	case b.w() < minPictureSide || b.h() < minPictureSide || b.w() < minPicture && b.h() < minPicture:
		return picDecoration, ""
	case im.ImageMask: // a stencil: a shape painted in one colour
		return picDecoration, ""
	case inImageBand(p, b) || repeated:
		return picDecoration, ""
	}
	pageArea := (p.Top - p.Bottom) * pageWidth(p)
	overlaps := overlapsText(p, b)
	switch {
	case overlaps && pageArea > 0 && b.w()*b.h() >= backgroundShare*pageArea:
		return picDecoration, "" // a background or a scan under its text
	case overlaps:
		return picUnclear, "it overlaps the text"
	case !im.Upright:
		return picUnclear, "it is drawn turned or flipped"
	case im.Inline:
		return picUnclear, "it is drawn inline in the page's content, which is not read"
	}
	return picCandidate, ""
}

// pageWidth is the page's width as far as its lines tell (the MediaBox's
// x extent is not kept); A4 when the page has no lines.
func pageWidth(p *pageLines) float64 {
	w := 595.0
	for _, l := range p.Lines {
		w = math.Max(w, l.X1)
	}
	return w
}

// inImageBand: the image's middle lies in the header or footer band.
func inImageBand(p *pageLines, b rect) bool {
	h := p.Top - p.Bottom
	if h <= 0 {
		return false
	}
	mid := (b.Y0 + b.Y1) / 2
	return mid > p.Top-furnitureBand*h || mid < p.Bottom+furnitureBand*h
}

// overlapsText reports a line of the page whose rect meets b.
func overlapsText(p *pageLines, b rect) bool {
	for _, l := range p.Lines {
		lb := lineBox(l)
		if lb.X0 < b.X1-overlapTol && lb.X1 > b.X0+overlapTol && lb.Y0 < b.Y1-overlapTol && lb.Y1 > b.Y0+overlapTol {
			return true
		}
	}
	return false
}

// lineBox is the rect a line's glyphs take: from below the baseline
// (descenders) to the top of its capitals.
func lineBox(l *line) rect {
	return rect{X0: l.X0, X1: l.X1, Y0: l.Y - 0.22*l.Size, Y1: l.Y + 0.78*l.Size}
}

// imageKey is an image's place (rounded), its size in pixels and its
// stored length: the same key on several pages is one logo or page
// decoration drawn again, not two charts that happen to share a place.
func imageKey(im *placedImage) string {
	r := func(v float64) int { return int(math.Round(v / 2)) }
	return fmt.Sprintf("%d %d %d %d %dx%d %d", r(im.Box.X0), r(im.Box.Y0), r(im.Box.X1), r(im.Box.Y1), im.Width, im.Height, im.Length)
}

// repeatedImages counts the pages each image key is drawn on.
func repeatedImages(pages []*pageLines) map[string]int {
	n := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, im := range p.Images {
			k := imageKey(im)
			if !seen[k] {
				seen[k] = true
				n[k]++
			}
		}
	}
	return n
}
