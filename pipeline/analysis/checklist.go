package analysis

import (
	"slices"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// ChecklistEntry is one item of the yearly report's expected content: a
// key, the title shown, and the wordings whose presence in a sentence meets
// it (whole words, any case, any spacing or hyphen, a plural ending: as for
// themes).
type ChecklistEntry struct {
	Key      string
	Title    string
	Wordings []string
}

// DefaultChecklist is what Working Together 2023 asks a safeguarding
// partnership's yearly report to show. analysis.checklist in the
// configuration replaces it.
func DefaultChecklist() []ChecklistEntry {
	return []ChecklistEntry{
		{Key: "impact", Title: "Evidence of the impact of the work, including training",
			Wordings: []string{"impact", "difference made", "made a difference", "as a result", "outcome", "evaluation of training", "training evaluation", "training was evaluated", "better outcomes"}},
		{Key: "little_progress", Title: "Areas where there has been little or no progress",
			Wordings: []string{"little progress", "no progress", "limited progress", "slow progress", "not progressed", "not been achieved", "not achieved", "not been met", "has not improved", "have not improved", "remains a challenge", "remain a challenge", "slower than", "delayed", "has not been possible", "not been able to"}},
		{Key: "practice_reviews", Title: "Actions taken on the recommendations of practice reviews",
			Wordings: []string{"practice review", "safeguarding practice review", "LCSPR", "CSPR", "serious case review", "SCR", "rapid review", "learning review", "review recommendations", "recommendations from the review", "domestic homicide review", "DHR"}},
		{Key: "feedback", Title: "How feedback from children and families was used",
			Wordings: []string{"feedback from children", "feedback from young people", "feedback from families", "feedback from parents", "children told us", "listened to", "young people's panel", "youth panel", "children's panel", "youth council", "children in care council", "young people told us", "families told us", "parents told us", "you said we did", "lived experience", "consulted children", "consulted young people", "survey of children", "survey of young people"}},
		{Key: "effectiveness", Title: "What was done and how effective it was",
			Wordings: []string{"effective", "effectiveness", "evaluated", "evaluation", "audit found", "audit showed", "audits found", "audits showed", "review found", "review showed", "as a result", "led to", "resulted in", "successful", "successfully"}},
	}
}

// checklist scores the whole report against each entry: the board's
// chapters and the statements, in the order the report prints them. An entry is met by the
// sentences that hold one of its wordings, quoted verbatim with their
// citations (a chapter's name the chapter and the paragraph); with none,
// the awaited chapters that cover it are named. Headings are not read: a
// heading alone meets nothing.
func checklist(c *corpus, chapters []chapter, entries []ChecklistEntry) []model.ChecklistItem {
	if entries == nil {
		entries = DefaultChecklist()
	}
	out := make([]model.ChecklistItem, 0, len(entries))
	for _, e := range entries {
		item := model.ChecklistItem{Key: e.Key, Title: e.Title, Evidence: []model.Quote{}}
		m := newThemeMatcher(template.Theme{Key: e.Key, Wordings: e.Wordings})
		for _, ch := range chapters {
			if !ch.statements {
				item.Evidence = appendEvidence(item.Evidence, m, ch.items)
				continue
			}
			for _, v := range c.stmts {
				item.Evidence = appendEvidence(item.Evidence, m, v.items)
			}
		}
		if len(item.Evidence) == 0 {
			item.Awaited = awaitedFor(chapters, e.Key)
		}
		out = append(out, item)
	}
	return out
}

// appendEvidence adds the sentences of items that m matches.
func appendEvidence(ev []model.Quote, m *themeMatcher, items []item) []model.Quote {
	for _, it := range items {
		if m == nil || !it.content() || m.find(it.text, it.lower) == nil {
			continue
		}
		for _, sent := range sentences(it.text) {
			if m.re.MatchString(sent) {
				ev = append(ev, model.Quote{Text: sent, Citation: it.cite})
			}
		}
	}
	return ev
}

// awaitedFor are the titles of the awaited chapters whose covers name key.
func awaitedFor(chapters []chapter, key string) []string {
	var out []string
	for _, ch := range chapters {
		if ch.awaited && slices.Contains(ch.covers, key) {
			out = append(out, ch.title)
		}
	}
	return out
}
