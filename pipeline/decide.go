package pipeline

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// applyDecisions places the blocks the reviewers decided on, after mapping
// and before assembly, so the flags assembly raises (a missing section, an
// uncertain placement) already see the reviewers' placement. Each document
// is credited to its agency as assembly will credit it. A decision whose
// block is in no document any more is reported in the notes.
func (p *Pipeline) applyDecisions(docs []assemble.Mapped) ([]DecisionOutcome, []string, error) {
	list, err := LoadDecisions(p.cfg.Paths.Decisions)
	if err != nil || len(list) == 0 {
		return nil, nil, err
	}
	out := make([]DecisionOutcome, len(list))
	at := map[string]int{}
	for i, d := range list {
		out[i].Decision = d
		at[d.Agency+"\x00"+d.Block] = i
	}
	for _, m := range docs {
		agency := p.agencies.IdentifyMapped(m, p.cfg.Agencies).Agency
		for j := range m.Placements {
			i, ok := at[agency+"\x00"+BlockHash(m.Placements[j].Block)]
			if !ok {
				continue
			}
			placeByReviewers(&m.Placements[j], list[i].Section)
			out[i].Applied++
		}
	}
	var notes []string
	for _, o := range out {
		if o.Applied == 0 {
			notes = append(notes, fmt.Sprintf("A placement decision for %s no longer applies: the block %q is not in its statement any more (changed or removed). It is kept in %s; remove it there, or decide again.",
				o.Agency, o.Text, p.cfg.Paths.Decisions))
		}
	}
	return out, notes, nil
}

// placeByReviewers puts one placement where the reviewers decided. A
// heading that opened a section keeps its own words as a sub-heading, since
// the template's title no longer stands for it.
func placeByReviewers(pl *model.Placement, section model.SectionKey) {
	if section == NotPartOfStatement {
		section = model.SectionUnmapped
	}
	pl.Section, pl.Confidence, pl.Mapper, pl.Evidence, pl.RunnerUp = section, 1, model.MapperReviewers, model.PlacedByReviewers, ""
	switch pl.Role {
	case model.RoleSectionHeading:
		pl.Role = model.RoleSubHeading
	case model.RoleTitle:
		pl.Role = model.RoleContent
	}
}
