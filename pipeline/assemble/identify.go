package assemble

import (
	"path/filepath"
	"sort"
	"strings"
)

// Clues are what may name the agency behind one document, from the
// strongest to the weakest: its own first lines (title, first heading),
// its file name, and for an e-mail attachment the sender, the name the
// e-mail was saved under and its subject.
type Clues struct {
	Lines    []string // the document's first non-empty lines
	FileName string   // the file's name, or the attachment's
	From     string   // the e-mail's sender, for an attachment
	SavedAs  string   // the e-mail's own file name, for an attachment
	Subject  string   // the e-mail's subject, for an attachment
}

// Identity is who sent a document, how it is known, and whether another
// agency was named nearly as strongly (Doubt names it).
type Identity struct {
	Agency   string
	Known    bool   // false: no configured agency matched; Agency is the document's own title
	Evidence string // where the name was found: "its title", "its file name", ...
	Doubt    string // another agency matched nearly as strongly; "" when clear
}

// maxFirstLines bounds how much of a document names its author: the title
// and the first heading or two; later text mentions partners.
const maxFirstLines = 3

// The weight of each clue. The document's title is written by the agency
// about itself; a file name is given by whoever saved or forwarded it
// ("FW_ ...") and may name a template borrowed from a partner.
var (
	lineWeights                         = []float64{1.0, 0.85, 0.8}
	fileWeight, senderWeight            = 0.7, 0.75
	savedAsWeight, subjectWeight        = 0.5, 0.5
	addresseeFactor                     = 0.3 // "statement to Riverside LSCB": the board, not the author
	doubtRatio                          = 0.9 // a runner-up this close to the best is a doubt
	clueNames                           = []string{"its title", "its first lines", "its first lines"}
	fileClue, senderClue, savedAs, subj = "its file name", "the sender's e-mail address", "the e-mail's file name", "the e-mail's subject"
)

// Identify names the agency of a document from its clues. The strongest
// clue decides; within one line a name that is the subject beats one that
// is the addressee ("SEPT - Annual Statement to Southend LSCB" is SEPT's),
// and where two names overlap the longer one wins ("Southend University
// Hospital" over "Southend"). When a different agency scores nearly as
// high, Identity.Doubt names it so the statement is flagged. With no match
// the Agency is the document's own title (its first non-empty line) or the
// file's stem, with Known false, so the business manager can add an alias.
func (a *Agencies) Identify(c Clues) Identity {
	scores := map[int]float64{}
	where := map[int]string{}
	add := func(text string, weight float64, clue string) {
		for ag, s := range a.scoreText(text) {
			if s*weight > scores[ag] {
				scores[ag], where[ag] = s*weight, clue
			}
		}
	}
	for i, l := range c.Lines {
		if i == maxFirstLines {
			break
		}
		add(l, lineWeights[i], clueNames[i])
	}
	add(stem(c.FileName), fileWeight, fileClue)
	if n, ok := a.IdentifyEmail(c.From); ok {
		idx := a.indexOf(n)
		if senderWeight > scores[idx] {
			scores[idx], where[idx] = senderWeight, senderClue
		}
	}
	add(stem(c.SavedAs), savedAsWeight, savedAs)
	add(c.Subject, subjectWeight, subj)
	return a.decide(scores, where, c)
}

// decide picks the best-scoring agency and says whether the runner-up is a doubt.
func (a *Agencies) decide(scores map[int]float64, where map[int]string, c Clues) Identity {
	if len(scores) == 0 {
		return Identity{Agency: ownTitle(c)}
	}
	ranked := make([]int, 0, len(scores))
	for ag := range scores {
		ranked = append(ranked, ag)
	}
	sort.Slice(ranked, func(i, j int) bool {
		if scores[ranked[i]] != scores[ranked[j]] {
			return scores[ranked[i]] > scores[ranked[j]]
		}
		return ranked[i] < ranked[j] // configured order breaks a tie
	})
	best := ranked[0]
	id := Identity{Agency: a.list[best].name, Known: true, Evidence: where[best]}
	if len(ranked) > 1 && scores[ranked[1]] >= doubtRatio*scores[best] {
		id.Doubt = a.list[ranked[1]].name
	}
	return id
}

func (a *Agencies) indexOf(name string) int {
	for i, ag := range a.list {
		if ag.name == name {
			return i
		}
	}
	return -1
}

// ownTitle is what an unidentified document is called: its first
// non-empty line, or its file's stem.
func ownTitle(c Clues) string {
	for _, l := range c.Lines {
		if t := strings.Join(strings.Fields(l), " "); t != "" {
			return t
		}
	}
	return stem(c.FileName)
}

func stem(name string) string {
	base := filepath.Base(name)
	if name == "" || base == "." {
		return ""
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}
