package pdf

import (
	"math"
	"sort"
)

// stats are the document-wide measures the block rules compare against.
type stats struct {
	Body    float64 // most common font size, by characters
	Margin  float64 // most common left edge of body lines
	Right   float64 // right edge of the widest body lines
	LineGap float64 // most common distance between body baselines
}

func measure(pages []*pageLines) stats {
	sizes := map[float64]int{}
	for _, p := range pages {
		for _, l := range p.Lines {
			sizes[l.Size] += len(l.Text())
		}
	}
	st := stats{Body: mostCommon(sizes)}
	if st.Body == 0 {
		st.Body = 12
	}
	lefts, gaps := map[float64]int{}, map[float64]int{}
	var rights []float64
	for _, p := range pages {
		for i, l := range p.Lines {
			if math.Abs(l.Size-st.Body) > 0.6 {
				continue
			}
			lefts[math.Round(l.X0)]++
			rights = append(rights, l.X1)
			if i > 0 && math.Abs(p.Lines[i-1].Size-st.Body) <= 0.6 {
				if g := p.Lines[i-1].Y - l.Y; g > 0 && g < 2*st.Body {
					gaps[math.Round(g*2)/2]++
				}
			}
		}
	}
	st.Margin = mostCommon(lefts)
	st.LineGap = smallestCommon(gaps)
	if st.LineGap == 0 {
		st.LineGap = 1.2 * st.Body
	}
	st.Right = percentile(rights, 0.9)
	return st
}

// smallestCommon returns the smallest gap seen at least a fifth as often as
// the most common one: inside paragraphs lines sit at the tightest spacing,
// even in a document of one-line paragraphs.
func smallestCommon(m map[float64]int) float64 {
	top := 0
	for _, n := range m {
		top = max(top, n)
	}
	best := 0.0
	for k, n := range m {
		if 5*n >= top && (best == 0 || k < best) {
			best = k
		}
	}
	return best
}

func percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(q*float64(len(s)-1))]
}
