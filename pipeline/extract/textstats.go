package extract

import (
	"strings"
	"unicode"
)

// textStats counts what the quality check judges in a stretch of text. It
// holds counts, not shares, so the stats of pages add up to a document's.
type textStats struct {
	runes     int // non-space runes
	bad       int // U+FFFD, control and private-use characters
	letters   int
	odd       int // letters from blocks that real text almost never uses
	math      int // mathematical symbols: = + < > ∈ → and kin
	words     int // words holding a letter
	oneLetter int // words of one letter only
	mixed     int // lower-case Latin words of two letters or more
	noVowel   int // of those, the ones with no vowel
	scripts   [numScripts]int
}

func (s *textStats) add(o textStats) {
	s.runes += o.runes
	s.bad += o.bad
	s.letters += o.letters
	s.odd += o.odd
	s.math += o.math
	s.words += o.words
	s.oneLetter += o.oneLetter
	s.mixed += o.mixed
	s.noVowel += o.noVowel
	for i := range s.scripts {
		s.scripts[i] += o.scripts[i]
	}
}

// measure counts the runes and words of text into s.
func (s *textStats) measure(text string) {
	for _, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		s.runes++
		switch {
		case isBadRune(r):
			s.bad++
		case unicode.Is(unicode.Sm, r):
			s.math++
		case unicode.IsLetter(r):
			s.letters++
			sc := scriptOf(r)
			s.scripts[sc]++
			if isOddLetter(r) {
				s.odd++
			}
		}
	}
	for _, w := range strings.Fields(text) {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		s.measureWord(core, isAbbreviation(w))
	}
}

// isAbbreviation reports a word written with a full stop after it, as
// initials ("G. J. Boer") and short forms ("Dr.", "Cr.") are: real words
// that would otherwise look like stray letters or vowel-less junk.
func isAbbreviation(w string) bool {
	return strings.HasSuffix(strings.TrimRight(w, ",;:)]\"'’”"), ".")
}

// measureWord counts one word. CJK text has no spaces between words, so a
// CJK "word" is a run of characters and counts as one word, never as a
// one-letter word: the single-letter test is for alphabets.
func (s *textStats) measureWord(w string, abbrev bool) {
	letters, lower, latin, vowel, n := 0, false, true, false, 0
	for _, r := range w {
		n++
		if !unicode.IsLetter(r) {
			latin = false // digits or signs inside: a code, not a word
			continue
		}
		letters++
		if scriptOf(r) != scriptLatin {
			latin = false
		}
		lower = lower || unicode.IsLower(r)
		vowel = vowel || isVowel(r)
	}
	if letters == 0 {
		return
	}
	s.words++
	if abbrev {
		return
	}
	if n == 1 && letters == 1 && scriptOf([]rune(w)[0]) != scriptCJK {
		s.oneLetter++
	}
	// Only words with a lower-case letter: capitals without vowels are
	// usually acronyms (NHS, CQC), which statements are full of.
	if latin && lower && letters >= 2 {
		s.mixed++
		if !vowel {
			s.noVowel++
		}
	}
}

// isBadRune reports a character real text does not hold: the replacement
// character a decoder writes for a code it could not map, control
// characters (other than tab and newline) and private-use code points,
// which fonts without a Unicode map often yield.
func isBadRune(r rune) bool {
	switch {
	case r == '\uFFFD':
		return true
	case r == '\t' || r == '\n':
		return false
	case unicode.IsControl(r):
		return true
	case r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
		return true
	}
	return false
}

// isOddLetter reports letters from blocks that appear in text mostly when
// bytes were decoded in the wrong encoding: Latin Extended-B, IPA, spacing
// modifiers and the Arabic presentation forms.
func isOddLetter(r rune) bool {
	switch {
	case r >= 0x0180 && r <= 0x02FF:
		return true
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return true
	}
	return false
}

// isVowel reports a vowel of a Latin alphabet, accented or not. Y and w
// count: "rhythm", and Welsh "cwm".
func isVowel(r rune) bool {
	r = unicode.ToLower(r)
	if strings.ContainsRune("aeiouyw", r) {
		return true
	}
	return strings.ContainsRune("àáâãäåæèéêëìíîïòóôõöøœùúûüýÿāăąēĕėęěīįıōőūůűų", r)
}

// script is a writing system, coarsely: the check asks which a document
// uses, not which language it is in.
type script int

const (
	scriptLatin script = iota
	scriptGreek
	scriptCyrillic
	scriptArabic
	scriptHebrew
	scriptCJK
	scriptIndic
	scriptOther
	numScripts
)

var scriptTables = []struct {
	s      script
	tables []*unicode.RangeTable
}{
	{scriptLatin, []*unicode.RangeTable{unicode.Latin}},
	{scriptGreek, []*unicode.RangeTable{unicode.Greek}},
	{scriptCyrillic, []*unicode.RangeTable{unicode.Cyrillic}},
	{scriptArabic, []*unicode.RangeTable{unicode.Arabic}},
	{scriptHebrew, []*unicode.RangeTable{unicode.Hebrew}},
	{scriptCJK, []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo}},
	{scriptIndic, []*unicode.RangeTable{unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala, unicode.Thai}},
}

func scriptOf(r rune) script {
	if r < 0x0250 {
		if r < 0x80 || r >= 0xC0 && r != 0xD7 && r != 0xF7 {
			return scriptLatin // the common case, without a table search
		}
	}
	for _, st := range scriptTables {
		if unicode.In(r, st.tables...) {
			return st.s
		}
	}
	return scriptOther
}
