package rules

// A heading naming two sections with no text of its own ("Celebrating and
// looking forward", "Successes and next steps") is often followed by a
// lead line for each ("Proud moments", then "Next steps"). Where those
// lines sit at its level (a statement whose headings are all bold lines)
// they were read as its topics and all kept its one section: the
// successes under "Proud moments" went to development (round3/heldout9,
// Glenhurst, bold). A topic of such a heading takes the one of its two
// sections its stretch's words point to more, in order (never back to the
// first after a topic took the second), flagged with the other as
// runner-up; when its words say neither, it keeps the heading's section as
// before.

// topicOfTwo returns the section (and the other one) a topic takes under
// the section heading a that names two neighbouring sections; prev are the
// topics already read under a, sum the topic stretch's cue scores.
func (p *plan) topicOfTwo(a anchor, prev []anchor, sum []float64) (sec, other int, ok bool) {
	lo, hi, two := a.twoSections()
	if !two || sum[lo] == sum[hi] {
		return 0, 0, false
	}
	sec, other = lo, hi
	if sum[hi] > sum[lo] {
		sec, other = hi, lo
	}
	for _, t := range prev {
		if t.sec == hi {
			return hi, lo, true // in order: no way back to the first section
		}
	}
	return sec, other, true
}
