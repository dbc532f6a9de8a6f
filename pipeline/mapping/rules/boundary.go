package rules

import (
	"math"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// stretch is what the chains of one stretch share, whatever range of
// sections they try: each block's cue score per section, the cost of a
// section starting at each block, and the extra cost per section of
// starting it there.
type stretch struct {
	cue   [][]float64 // [block][section]: CueGain*log(1+score)
	cost  []float64
	entry [][]float64
}

// newStretch scores blocks[a:b]. A run of one-figure lines ("1,420
// referrals", "530 concerns") stays together and does not open a section
// on its own (issue 22): a section starting between two of its lines costs
// RunCost, and the cost of opening a section at its first line (EntryCost)
// is judged by the words of the block after the run.
// (Weighing the run's own cue words at half, tried too, moved nothing.)
func (p *plan) newStretch(a, b int, hits []cueHits) *stretch {
	n := b - a
	runs := p.figureRuns(a, b)
	st := &stretch{cue: make([][]float64, n), cost: make([]float64, n), entry: make([][]float64, n)}
	for i := range n {
		st.cue[i] = make([]float64, len(p.m.keys))
		for s := range p.m.keys {
			st.cue[i][s] = p.m.tune.CueGain * math.Log1p(hits[i].score[s])
		}
		if i > 0 {
			st.cost[i] = p.boundaryCost(a+i, runs[i-1] > 0 && runs[i-1] == runs[i])
		}
		judge := i
		if runs[i] > 0 && (i == 0 || runs[i-1] != runs[i]) && runs[i]-a < n {
			judge = runs[i] - a // a run's first line opens what follows it
		}
		st.entry[i] = entryCosts(hits[judge].score, p.m.tune.EntryCost)
	}
	return st
}

// boundaryCost is the cost of a section starting at block i: low between
// paragraphs, higher inside a list or a run of figure lines, and
// prohibitive right after a lead-in or a sub-heading, so lists, tables and
// headings go with their neighbours. A list after a short line that does
// not end like a sentence ("Priorities for 2020-21 are") is that line's
// list: splitting them costs ShortLeadIn, as much as inside a list (a
// colon's cost raised silent errors). (A list after any paragraph costing more to
// split, 2.5, was tried: the corpus statements without headings fell from
// 0.857 to 0.847, as lists there often open a section after a paragraph.)
func (p *plan) boundaryCost(i int, inRun bool) float64 {
	prev, cur := p.blocks[i-1], p.blocks[i]
	prevText := strings.TrimSpace(prev.PlainText())
	_, prevList := prev.(*model.ListItem)
	_, prevPara := prev.(*model.Paragraph)
	_, curList := cur.(*model.ListItem)
	_, curTable := cur.(*model.Table)
	switch {
	case p.slots[i-1].role == model.RoleSubHeading:
		return p.m.tune.AfterHeading
	case strings.HasSuffix(prevText, ":"):
		return p.m.tune.LeadInCost
	case curList && prevPara && wordCount(prevText) <= maxLeadInWords && !endsSentence(prevText):
		return p.m.tune.ShortLeadIn
	case prevList && curList:
		return p.m.tune.ListSwitchCost
	case inRun:
		return p.m.tune.RunCost
	case curTable:
		return p.m.tune.LeadInCost
	}
	return p.m.tune.SwitchCost
}
