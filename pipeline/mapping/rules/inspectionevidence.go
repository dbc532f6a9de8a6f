package rules

import "github.com/reportpipe/reportpipe/pipeline/model"

// unevidencedInspection reports, for each block of a..b placed by meaning
// (path), whether it sits in a run placed in inspection of which no block
// has a single inspection cue. Such a run is there only by its place in the
// document (the inspection section comes first in the template, so text
// before the first heading leans to it): a statement that opens with its
// figures ("Our year in numbers") was read as an inspection summary,
// confidently. An inspection summary names its inspectorate, its
// judgement or its recommendations; without any of that the placement is a
// guess a reviewer must see.
func (p *plan) unevidencedInspection(a, b int, path []int, hits []cueHits) []bool {
	insp := p.m.sectionIndex(model.SectionInspection)
	out := make([]bool, b-a)
	if insp < 0 {
		return out
	}
	for i := 0; i < len(path); {
		if path[i] != insp {
			i++
			continue
		}
		j, cued := i, false
		for ; j < len(path) && path[j] == insp; j++ {
			cued = cued || hits[j].score[insp] > 0
		}
		for k := i; k < j; k++ {
			out[k] = !cued
		}
		i = j
	}
	return out
}
