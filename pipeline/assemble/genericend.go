package assemble

import "strings"

// A name ending in a word for a unit of an organisation ("Service",
// "Team", "Department") is often written without it: "Thirlby District
// Council Community Safety and Leisure Service" heads its statement as
// "Thirlby District Council: Community Safety and Leisure Safeguarding
// Statement". The name without that word also names the agency, when at
// least minNameWords words remain, so a short name ("Northgate
// Children's Services") never shrinks to words another body shares
// ("Northgate Children's Hospital").

// unitWords end names of a part of an organisation.
var unitWords = map[string]bool{
	"service": true, "services": true, "team": true, "teams": true, "department": true,
	"directorate": true, "unit": true, "division": true,
}

// minNameWords: the words a shortened name must keep (after agencyWords
// drops "the", "and", "NHS" and the like).
const minNameWords = 3

// withoutUnitWord returns name without its final unit word, or "" when it
// has none or too little would be left.
func withoutUnitWord(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || !unitWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,;:"))] {
		return ""
	}
	short := strings.Join(words[:len(words)-1], " ")
	if len(agencyWords(short)) < minNameWords {
		return ""
	}
	return short
}
