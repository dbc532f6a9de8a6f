package notes

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/analysis"
)

// sources is what a note's sentences may rest on: the figures and words of
// the texts it cites (its facts, their agencies and the blocks they cite).
type sources struct {
	figures  []figure
	stems    map[string]bool // every word's stem
	capStems map[string]bool // stems of the words written capitalised
}

func newSources(texts []string) sources {
	s := sources{stems: map[string]bool{}, capStems: map[string]bool{}}
	for _, t := range texts {
		s.figures = append(s.figures, figures(t)...)
		for _, w := range splitWords(t) {
			s.stems[w.Stem] = true
			if capitalised(w.Text) {
				s.capStems[w.Stem] = true
			}
		}
	}
	return s
}

// checkText checks each sentence of a note against the sources and says
// why the first unsupported one fails, quoting it.
func (s sources) checkText(text string) error {
	for _, sent := range analysis.Sentences(text) {
		if missing := s.missingFigures(sent); len(missing) > 0 {
			return fmt.Errorf("%s cites figures not in its sources (%s)", quote(sent), figureList(missing))
		}
		if missing := s.missingTerms(sent); len(missing) > 0 {
			return fmt.Errorf("%s uses terms not in its sources (%s)", quote(sent), strings.Join(missing, ", "))
		}
	}
	return nil
}

// missingFigures lists the sentence's figures that no source figure backs.
func (s sources) missingFigures(sent string) []figure {
	var out []figure
	for _, f := range figures(sent) {
		if !slices.ContainsFunc(s.figures, f.supportedBy) && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// missingTerms applies the key-term rule: every capitalised term (a name
// or acronym, not merely the sentence's first word) must be written
// capitalised in a source, and at least two-thirds of the content words
// (minTermLetters letters or more, not stop words or the analysis's own
// vocabulary) must be in a source, compared by stem. It returns the
// unsupported terms when the rule fails, else nil.
func (s sources) missingTerms(sent string) []string {
	var names, content, missing []string
	for i, w := range splitWords(sent) {
		if ignoredStems()[w.Stem] || slices.Contains(names, w.Text) || slices.Contains(content, w.Text) {
			continue
		}
		if capitalised(w.Text) && (i > 0 || acronym(w.Text)) && utf8.RuneCountInString(w.Text) > 1 {
			names = append(names, w.Text)
			if !s.capStems[w.Stem] {
				missing = append(missing, w.Text)
			}
			continue
		}
		if utf8.RuneCountInString(w.Text) >= minTermLetters {
			content = append(content, w.Text)
		}
	}
	unsupported := 0
	for _, w := range content {
		if !s.stems[stem(w)] {
			unsupported++
			missing = append(missing, w)
		}
	}
	if len(missing) > unsupported || unsupported*3 > len(content) {
		return missing
	}
	return nil
}

// quote puts a sentence in quotes for a drop reason, cut at 120 characters.
func quote(sent string) string {
	if r := []rune(sent); len(r) > 120 {
		sent = string(r[:117]) + "..."
	}
	return "'" + sent + "'"
}

func figureList(fs []figure) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.String()
	}
	if len(parts) == 1 {
		return "figure " + parts[0]
	}
	return "figures " + strings.Join(parts, ", ")
}
