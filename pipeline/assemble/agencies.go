package intake

import (
	"path/filepath"
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/config"
)

// Agencies identifies which expected partner sent a statement, from the
// configured canonical names and aliases.
//
// Names and aliases match as whole words, case-insensitively: "CRC" does not
// match inside "ECRC", and "SUH" does not match inside "SUHFT" (list
// "SUHFT" as an alias of its own when it is used). "NHS", "the", "and" (or
// "&") and "Ltd" are ignored on both sides, so "North East London NHS
// Foundation Trust" matches "North East London Foundation Trust". A parenthesised part of a canonical
// name ("South Essex Partnership Trust (SEPT)") is an alias too, and so is
// the name without it. An alias that looks like an e-mail domain
// ("@riverside.nhs.uk", "riverside.nhs.uk") is used only by IdentifyEmail.
type Agencies struct {
	list []agencyEntry
}

type agencyEntry struct {
	name    string
	terms   [][]string // each name or alias as words
	domains []string   // lower case, without "@"
}

// maxFirstLines bounds how much of a document Identify reads: the title and
// the first heading or two name the author; later text mentions partners.
const maxFirstLines = 3

// NewAgencies prepares the configured partners for identification.
func NewAgencies(list []config.Agency) *Agencies {
	a := &Agencies{}
	for _, c := range list {
		if strings.TrimSpace(c.Name) == "" {
			continue
		}
		ag := agencyEntry{name: strings.TrimSpace(c.Name)}
		for _, t := range agencyNameTerms(ag.name) {
			ag.addTerm(t)
		}
		for _, al := range c.Aliases {
			if d, ok := agencyDomain(al); ok {
				ag.domains = append(ag.domains, d)
				continue
			}
			ag.addTerm(al)
		}
		a.list = append(a.list, ag)
	}
	return a
}

func (ag *agencyEntry) addTerm(s string) {
	if w := agencyWords(s); len(w) > 0 {
		ag.terms = append(ag.terms, w)
	}
}

// nameTerms gives a canonical name, the name without its parenthesised
// parts, and each parenthesised part.
func agencyNameTerms(name string) []string {
	terms := []string{name}
	var outside, inside strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '(':
			depth++
			inside.Reset()
		case r == ')' && depth > 0:
			depth--
			terms = append(terms, inside.String())
		case depth > 0:
			inside.WriteRune(r)
		default:
			outside.WriteRune(r)
		}
	}
	if o := strings.TrimSpace(outside.String()); o != name {
		terms = append(terms, o)
	}
	return terms
}

// domainAlias reports whether an alias names an e-mail domain.
func agencyDomain(al string) (string, bool) {
	al = strings.ToLower(strings.TrimSpace(al))
	al = strings.TrimPrefix(al, "@")
	if al == "" || strings.ContainsAny(al, " \t") || !strings.Contains(al, ".") {
		return "", false
	}
	return al, true
}

// agencyIgnored words are dropped before matching: agencies add or drop
// them freely ("&" splits like any other separator, so "and" goes too).
var agencyIgnored = map[string]bool{"nhs": true, "the": true, "and": true, "ltd": true, "limited": true}

// words splits text into lower-case words; anything that is not a letter or
// a digit separates, so "_", "-" and "." in file names do.
func agencyWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if !agencyIgnored[w] {
			out = append(out, w)
		}
	}
	return out
}

// Identify names the agency of a submission from its file name and its
// first lines (title, first heading). The earliest line that names an agency
// decides, and within it the longest name or alias (so "Essex CRC" beats
// "CRC"). When the document and the file name name
// different agencies, the document wins: its title is written by the agency
// about itself, while a file name is given by whoever saved or forwarded it
// ("FW_ ..."), and may be wrong or name a template borrowed from a partner.
// With no match the result is the document's own title (its first non-empty
// line, trimmed) or else the file's stem, with known false, so the business
// manager can add an alias.
func (a *Agencies) Identify(fileName string, firstLines []string) (name string, known bool) {
	lines := firstLines
	if len(lines) > maxFirstLines {
		lines = lines[:maxFirstLines]
	}
	// Line by line: the title names the author; a later line may mention
	// a partner it works with.
	for _, l := range lines {
		if n, ok := a.best(l); ok {
			return n, true
		}
	}
	base := filepath.Base(fileName)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if n, ok := a.best(stem); ok {
		return n, true
	}
	for _, l := range firstLines {
		if t := strings.Join(strings.Fields(l), " "); t != "" {
			return t, false
		}
	}
	return stem, false
}

// best returns the agency with the longest term found in text.
func (a *Agencies) best(text string) (string, bool) {
	w := agencyWords(text)
	bestLen, bestName := 0, ""
	for _, ag := range a.list {
		for _, t := range ag.terms {
			if l := agencyTermLen(t); l > bestLen && hasWords(w, t) {
				bestLen, bestName = l, ag.name
			}
		}
	}
	return bestName, bestLen > 0
}

func agencyTermLen(t []string) int {
	n := len(t) - 1 // the spaces between words
	for _, w := range t {
		n += len(w)
	}
	return n
}

// contains reports whether words holds term as consecutive whole words.
func hasWords(words, term []string) bool {
	for i := 0; i+len(term) <= len(words); i++ {
		match := true
		for k, t := range term {
			if words[i+k] != t {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// IdentifyEmail names the agency whose domain alias matches the address's
// domain or a parent of it ("jo@mail.riverside.nhs.uk" matches
// "riverside.nhs.uk"). addr may be a bare address or "Name <address>".
func (a *Agencies) IdentifyEmail(addr string) (string, bool) {
	at := strings.LastIndex(addr, "@")
	if at < 0 {
		return "", false
	}
	domain := strings.ToLower(strings.TrimSpace(strings.TrimRight(addr[at+1:], "> \t")))
	if domain == "" {
		return "", false
	}
	bestLen, bestName := 0, ""
	for _, ag := range a.list {
		for _, d := range ag.domains {
			if (domain == d || strings.HasSuffix(domain, "."+d)) && len(d) > bestLen {
				bestLen, bestName = len(d), ag.name
			}
		}
	}
	return bestName, bestLen > 0
}
