package analysis

import (
	"regexp"
	"strings"
	"sync"

	"github.com/reportpipe/reportpipe/pipeline/template"
)

// themeMatcher finds one theme's wordings in a block. Before running the
// regular expression it checks that the block (lower-cased) holds every
// word of some wording: most blocks raise no given theme, and the check is
// far cheaper than the expression.
type themeMatcher struct {
	re      *regexp.Regexp
	anchors [][]string // per wording, its words lower-cased
}

// find matches in text; lower is text lower-cased.
func (m *themeMatcher) find(text, lower string) [][]int {
	for _, words := range m.anchors {
		if containsAll(lower, words) {
			return m.re.FindAllStringIndex(text, -1)
		}
	}
	return nil
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// matcherCache keeps compiled theme matchers by their wordings, so repeated
// runs (watch mode, benchmarks) compile each theme once.
var matcherCache sync.Map // string -> *themeMatcher

// newThemeMatcher compiles def's wordings; nil when it has none or they
// do not compile.
func newThemeMatcher(def template.Theme) *themeMatcher {
	key := strings.Join(def.Wordings, "\x00") + "\x01" + strings.Join(def.MatchCase, "\x00")
	if m, ok := matcherCache.Load(key); ok {
		return m.(*themeMatcher)
	}
	re, err := wordingRegexp(def.Wordings, def.MatchCase)
	if err != nil || re == nil {
		return nil
	}
	m := &themeMatcher{re: re}
	for _, w := range append(append([]string{}, def.Wordings...), def.MatchCase...) {
		if a := anchorWords(w); len(a) > 0 {
			m.anchors = append(m.anchors, a)
		}
	}
	matcherCache.Store(key, m)
	return m
}

// anchorWords are a wording's words, lower-cased, each cut at any
// apostrophe (so "child's" needs only "child", whichever apostrophe the
// text uses).
func anchorWords(w string) []string {
	var out []string
	for _, word := range strings.FieldsFunc(w, func(r rune) bool {
		return r == ' ' || r == '-' || r == '‐' || r == '–' || r == '\t' || r == '\n'
	}) {
		a := strings.ToLower(word)
		if k := strings.IndexAny(a, "'’"); k >= 0 {
			a = a[:k]
		}
		if a != "" {
			out = append(out, a)
		}
	}
	return out
}
