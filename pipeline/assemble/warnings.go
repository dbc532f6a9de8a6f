package assemble

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// AliasWarnings lists the configured names and aliases that identify badly:
// one letter or one everyday word (never matched, so it identifies
// nothing), and one that is part of another agency's name (that agency's
// statements then name both, and only the longer match keeps them apart).
// Each message names the configuration key and what to do.
func AliasWarnings(agencies []model.Agency) []string {
	var out []string
	names := make([][]string, len(agencies)) // each name's words, once: the check below is over every pair
	for i, a := range agencies {
		names[i] = agencyWords(a.Name)
	}
	for i, a := range agencies {
		terms := append([]string{a.Name}, a.Aliases...)
		for j, t := range terms {
			if _, ok := agencyDomain(t); ok && j > 0 {
				continue
			}
			key := fmt.Sprintf("agencies[%d].name", i)
			if j > 0 {
				key = fmt.Sprintf("agencies[%d].aliases[%d]", i, j-1)
			}
			w := agencyWords(t)
			if len(w) == 0 {
				continue
			}
			if TooCommon(w) {
				out = append(out, fmt.Sprintf("%s: %q is too short or too common to identify an agency, so it is never matched; use a longer name or alias", key, t))
				continue
			}
			if other, ok := containedIn(w, i, agencies, names); ok {
				out = append(out, fmt.Sprintf("%s: %q is part of the name of %s, so a statement from %s that names it may be credited to %s; prefer a longer alias",
					key, t, other, other, a.Name))
			}
		}
	}
	return out
}

// containedIn reports another agency whose canonical name holds the words
// as a proper part of it.
func containedIn(words []string, self int, agencies []model.Agency, names [][]string) (string, bool) {
	for k, o := range agencies {
		if k == self {
			continue
		}
		name := names[k]
		if len(name) > len(words) && hasWordsAnywhere(name, words) {
			return strings.TrimSpace(o.Name), true
		}
	}
	return "", false
}

func hasWordsAnywhere(words, term []string) bool {
	for i := range words {
		if hasWordsAt(words, i, term) {
			return true
		}
	}
	return false
}
