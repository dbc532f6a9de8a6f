package assemble

// span is one name or alias found in a line, as word positions [from, to).
type span struct {
	agency   int
	from, to int
}

// scoreText finds the agencies named in one line of text and scores each
// in 0..1: 1 for a name that is the line's subject, less for one that is
// the addressee (after "to" or "for", or before "LSCB" or "Board"). A name
// inside a longer name found at the same place does not count: in
// "Southend University Hospital" the alias "Southend" of another agency is
// part of the hospital's name.
func (a *Agencies) scoreText(text string) map[int]float64 {
	words := agencyWords(text)
	var found []span
	for i, w := range words {
		b := a.byFirst[w]
		if b == nil {
			continue
		}
		for _, t := range b.single {
			found = append(found, span{agency: t.agency, from: i, to: i + 1})
		}
		if i+1 == len(words) {
			continue
		}
		for _, t := range b.bySecond[words[i+1]] {
			if hasWordsAt(words, i, t.words) {
				found = append(found, span{agency: t.agency, from: i, to: i + len(t.words)})
			}
		}
	}
	out := map[int]float64{}
	for _, s := range found {
		if insideLonger(s, found) {
			continue
		}
		score := 1.0
		if isAddressee(words, s) {
			score = addresseeFactor
		}
		if score > out[s.agency] {
			out[s.agency] = score
		}
	}
	return out
}

func hasWordsAt(words []string, i int, term []string) bool {
	if i+len(term) > len(words) {
		return false
	}
	for k, t := range term {
		if words[i+k] != t {
			return false
		}
	}
	return true
}

// insideLonger reports whether s lies within a longer span of another agency.
func insideLonger(s span, all []span) bool {
	for _, o := range all {
		if o.agency != s.agency && o.from <= s.from && o.to >= s.to && o.to-o.from > s.to-s.from {
			return true
		}
	}
	return false
}

// addresseeBefore and addresseeAfter are the words around a name that make
// it the one a statement is sent to rather than the one who sent it.
var (
	addresseeBefore = map[string]bool{"to": true, "for": true, "with": true}
	addresseeAfter  = map[string]bool{"lscb": true, "scb": true, "lscp": true, "board": true,
		"partnership": true, "partnerships": true}
	// boardAfterSafeguarding: "Riverside Safeguarding Children Board" is a
	// board, while "Northgate Police safeguarding team" is the police.
	boardAfterSafeguarding = map[string]bool{"children": true, "childrens": true, "adults": true,
		"board": true, "partnership": true}
)

func isAddressee(words []string, s span) bool {
	if s.from > 0 && addresseeBefore[words[s.from-1]] {
		return true
	}
	if s.to >= len(words) {
		return false
	}
	next := words[s.to]
	if next == "safeguarding" {
		return s.to+1 < len(words) && boardAfterSafeguarding[words[s.to+1]]
	}
	return addresseeAfter[next]
}
