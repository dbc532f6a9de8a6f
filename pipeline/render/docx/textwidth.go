package docx

import "unicode"

// The writer cannot ask a word processor how wide a word will be, so it
// estimates from advance widths, in thousandths of an em: for each letter
// the wider of Arial (the template's font) and DejaVu Sans (what
// LibreOffice sets instead where Arial and its metric twin Liberation Sans
// are not installed, as on many Linux machines; it is about 12% wider).
// Overestimating a little is safe: a column slightly too wide costs
// nothing, one too narrow breaks a word inside its letters.
var narrow, wide = map[rune]int{
	'i': 278, 'j': 278, 'l': 278, 'f': 352, 't': 392, 'r': 411, 'I': 295, 'J': 295,
	' ': 318, '.': 318, ',': 318, ':': 337, ';': 337, '!': 400, '\'': 275,
	'|': 337, '(': 390, ')': 390, '[': 390, ']': 390, '-': 361, '/': 337,
}, map[rune]int{
	'm': 974, 'w': 818, 'M': 863, 'W': 989, '%': 950, '@': 1000,
	'\u2014': 1000, '&': 780,
}

// boldFactor is how much wider the bold faces set the same text (Arial
// Bold about 7%, DejaVu Sans Bold about 12%), rounded up.
const boldFactor = 1.15

// emWidth estimates the width of s in thousandths of an em.
func emWidth(s string) int {
	n := 0
	for _, r := range s {
		switch w, ok := narrow[r]; {
		case ok:
			n += w
		case wide[r] > 0:
			n += wide[r]
		case unicode.IsUpper(r):
			n += 780
		case unicode.IsSpace(r):
			n += 318
		default:
			n += 636 // lower case and digits: Arial 500-556, DejaVu Sans up to 636
		}
	}
	return n
}

// twipsOf estimates the width of s set at halfPoints (w:sz units) in
// twips: an em is the font size, and a point is 20 twips.
func twipsOf(s string, halfPoints int, bold bool) int {
	w := float64(emWidth(s)) * float64(halfPoints) * 10 / 1000
	if bold {
		w *= boldFactor
	}
	return int(w + 0.999)
}
