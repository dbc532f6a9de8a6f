package pdf

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// pageLines is one page's lines and the page box they sit in.
type pageLines struct {
	Num    int
	Bottom float64 // MediaBox lower y
	Top    float64 // MediaBox upper y
	Lines  []*line
	Rules  []rule // ruling lines: table borders, underlines, bars
	// Images are the pictures the page draws (images.go), nil for a page
	// set sideways.
	Images []*placedImage
}

// furnitureBand is the share of the page height, at top and at bottom, where
// running headers, footers and page numbers live.
const furnitureBand = 0.12

// edgeLines: furniture is among the first or last few lines of a page; a
// repeated line deeper in the band (a table row, say) is content.
const edgeLines = 3

// A lone number of up to three digits (a four-digit one may be a year),
// "Page 3", "3 of 12", "- 3 -", or a small roman numeral.
var pageNumberRe = lazy.Re(`(?i)^(page\s*[0-9]{1,4}|[0-9]{1,3})(\s*(of|/)\s*[0-9]{1,4})?$|^[-–—]\s*[0-9]{1,3}\s*[-–—]$|^[ivx]{1,5}$`)

// dropFurniture removes running headers and footers (the same text, digits
// aside, at near the same height on most pages) and lone page numbers in
// the top or bottom band. It never touches lines outside those bands, so
// body text that happens to repeat stays.
func dropFurniture(pages []*pageLines) {
	repeated := repeatedBandLines(pages)
	for _, p := range pages {
		kept := p.Lines[:0]
		for i, l := range p.Lines {
			edge := i < edgeLines || i >= len(p.Lines)-edgeLines
			if edge && inBand(p, l) && (repeated[furnitureKey(p, l)] || pageNumberRe.Get().MatchString(strings.TrimSpace(l.Text()))) {
				continue
			}
			kept = append(kept, l)
		}
		p.Lines = kept
	}
}

func inBand(p *pageLines, l *line) bool {
	h := p.Top - p.Bottom
	if h <= 0 {
		return false
	}
	return l.Y > p.Top-furnitureBand*h || l.Y < p.Bottom+furnitureBand*h
}

// furnitureKey is the line's text with digits folded and its height rounded,
// so "Page 3" and "Page 4" at the same place match.
func furnitureKey(p *pageLines, l *line) string {
	t := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, strings.TrimSpace(l.Text()))
	// The height bucket may be negative: text turned from another direction
	// (orient.go) can stand below the page box.
	return t + "@" + strconv.Itoa(int(math.Round((l.Y-p.Bottom)/6)))
}

// repeatedBandLines finds band lines whose key occurs on most pages (at
// least two, and at least 60% of a document of three or more pages).
func repeatedBandLines(pages []*pageLines) map[string]bool {
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, l := range p.Lines {
			if !inBand(p, l) {
				continue
			}
			k := furnitureKey(p, l)
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := int(math.Ceil(0.6 * float64(len(pages))))
	need = max(need, 2)
	out := map[string]bool{}
	for k, n := range count {
		if n >= need {
			out[k] = true
		}
	}
	return out
}
