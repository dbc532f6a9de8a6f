package watch

// Changes compares what two builds said, each as a list of facts (one line
// a fact: "Missing: Westbrook College", "Rejected: X.pdf: ..."), and gives
// the facts the later build added and those it no longer has, each in its
// build's order. watch prints these after a rebuild instead of the whole
// summary again, so a person sees what the arrival changed.
func Changes(before, after []string) (added, gone []string) {
	had := make(map[string]int, len(before))
	for _, f := range before {
		had[f]++
	}
	has := make(map[string]int, len(after))
	for _, f := range after {
		has[f]++
	}
	for _, f := range after {
		if had[f] > 0 {
			had[f]--
			continue
		}
		added = append(added, f)
	}
	for _, f := range before {
		if has[f] > 0 {
			has[f]--
			continue
		}
		gone = append(gone, f)
	}
	return added, gone
}
