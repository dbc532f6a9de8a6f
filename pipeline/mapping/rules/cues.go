package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// cue is one template cue, tokenised like block text.
type cue struct {
	section int // index into cueScorer.keys
	text    string
	stems   []string
	weight  float64
	atStart bool // "^" cues match only at the start of a block
}

// cueScorer scores a block's text for every section from the template cues.
type cueScorer struct {
	keys    []model.SectionKey
	byFirst map[string][]cue // cues by their first stem, for one pass over the text
}

func newCueScorer(t *template.Template) *cueScorer {
	s := &cueScorer{byFirst: map[string][]cue{}}
	// Cues that stem alike ("audit", "audits") count once, at the larger
	// weight, so listing both forms in the template does not double them.
	seen := map[string]int{} // stems+section → index in byFirst[first]
	for i, sec := range t.Sections {
		s.keys = append(s.keys, sec.Key)
		for _, c := range sec.Cues {
			text := strings.TrimSpace(c.Text)
			atStart := strings.HasPrefix(text, "^")
			stems := cueTokens(strings.TrimPrefix(text, "^"))
			if len(stems) == 0 {
				continue
			}
			id := fmt.Sprint(i, atStart, stems)
			if j, dup := seen[id]; dup {
				prev := &s.byFirst[stems[0]][j]
				prev.weight = max(prev.weight, c.Weight)
				continue
			}
			seen[id] = len(s.byFirst[stems[0]])
			cu := cue{section: i, text: strings.TrimPrefix(text, "^"), stems: stems, weight: c.Weight, atStart: atStart}
			s.byFirst[stems[0]] = append(s.byFirst[stems[0]], cu)
		}
	}
	return s
}

// cueHits is the score of one block: per section the summed weight and the
// cues that fired, in order of first appearance.
type cueHits struct {
	score []float64
	cues  [][]string
}

// score sums the weights of the cues found in text. A cue counts once per
// block however often it appears, so a long paragraph repeating "training"
// does not outweigh one that says "as a result".
func (s *cueScorer) score(text string) cueHits {
	toks := cueTokens(text)
	h := cueHits{score: make([]float64, len(s.keys)), cues: make([][]string, len(s.keys))}
	seen := map[string]bool{}
	for i, t := range toks {
		for _, c := range s.byFirst[t] {
			if seen[c.text] || (c.atStart && i != 0) || !hasAt(toks, i, c.stems) {
				continue
			}
			seen[c.text] = true
			h.score[c.section] += c.weight
			h.cues[c.section] = append(h.cues[c.section], c.text)
		}
	}
	return h
}

func hasAt(toks []string, i int, stems []string) bool {
	if i+len(stems) > len(toks) {
		return false
	}
	for k, st := range stems {
		if toks[i+k] != st {
			return false
		}
	}
	return true
}
