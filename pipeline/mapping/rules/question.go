package rules

import "strings"

// Agencies often word their headings as questions ("What did we do in
// 2019-20?", "Who are we?", "What are we proud of?") where the template lists
// statements ("What we did", "Who we are", "What we are proud of"), and add
// the year to a heading ("Our work during 2019/20"). headingForms gives the
// normalised heading and, when they differ from it, the statement form of a
// question and the heading without its year, so each is matched and the best
// kept: a form can only add a match the wording list already implies.

// questionWords open a question heading; auxiliaries are inverted with the
// subject after them; subjects are who a statement speaks as.
var (
	questionWords = map[string]bool{"what": true, "who": true, "how": true, "where": true, "why": true, "which": true}
	auxiliaries   = map[string]bool{"do": true, "does": true, "did": true, "have": true, "has": true,
		"are": true, "is": true, "was": true, "were": true, "will": true, "can": true, "should": true,
		"must": true, "would": true, "could": true}
	subjects = map[string]bool{"we": true, "i": true, "you": true, "they": true, "it": true}
)

// headingForms is norm followed by its other forms (at most two more). Most
// headings have none, and are let through without work.
func headingForms(norm string) []string {
	forms := []string{norm}
	first, _, _ := strings.Cut(norm, " ")
	if !questionWords[first] && !strings.ContainsAny(norm, "0123456789") {
		return forms
	}
	add := func(s string) {
		if s != "" && s != forms[len(forms)-1] && s != norm {
			forms = append(forms, s)
		}
	}
	q := statementForm(norm)
	add(q)
	add(withoutYear(q))
	return forms
}

// statementForm undoes the inversion of a question heading: "what did we do"
// is "what we did", "who are we" is "who we are", "what have we done" is
// "what we have done". Anything else comes back unchanged.
func statementForm(norm string) string {
	t := strings.Fields(norm)
	if len(t) < 3 || !questionWords[t[0]] || !auxiliaries[t[1]] || !subjects[t[2]] {
		return norm
	}
	out := []string{t[0], t[2]}
	rest := t[3:]
	switch t[1] {
	case "do", "does":
		// "what do we do" is "what we do": the auxiliary goes.
	case "did":
		// "what did we do" is "what we did"; "what did we achieve" keeps
		// its verb, which the stemmed overlap reads well enough.
		if len(rest) > 0 && rest[0] == "do" {
			rest = append([]string{"did"}, rest[1:]...)
		}
	default:
		out = append(out, t[1])
	}
	return strings.Join(append(out, rest...), " ")
}

// withoutYear drops a year or year range with the word before it from a
// normalised heading ("our work during 2019 20" is "our work"), unless the
// year is all there is.
func withoutYear(norm string) string {
	t := strings.Fields(norm)
	var out []string
	for i := 0; i < len(t); i++ {
		if !isYear(t[i]) {
			out = append(out, t[i])
			continue
		}
		if n := len(out); n > 0 && yearPrepositions[out[n-1]] {
			out = out[:n-1]
		}
		for i+1 < len(t) && len(t[i+1]) == 2 && isDigits(t[i+1]) {
			i++ // the "20" of "2019 20"
		}
	}
	if len(out) == 0 {
		return norm
	}
	return strings.Join(out, " ")
}

var yearPrepositions = map[string]bool{"in": true, "during": true, "for": true, "over": true, "of": true}

func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
