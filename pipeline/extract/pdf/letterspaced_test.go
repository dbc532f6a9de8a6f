package pdf

import (
	"strings"
	"testing"
)

// TestLetterSpacedText: text set with character spacing (Tc) puts a gap
// wider than a word space between every two letters. It is read as words,
// by its space glyphs, and by the wider gaps where a line has none; a line
// set normally beside it is unchanged.
func TestLetterSpacedText(t *testing.T) {
	content := "BT /F1 12 Tf 4 Tc 72 700 Td (Riverside Youth Trust annual statement) Tj ET\n" +
		// No space glyphs: the words are parted by kerning wider than the letter gaps.
		"BT /F1 12 Tf 3 Tc 72 680 Td [(Northgate) -1200 (family) -1200 (hub)] TJ ET\n" +
		textAt(72, 660, "Our volunteers visited twelve families.")
	doc := extractBytes(t, textPDF("", content))
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.PlainText())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"Riverside Youth Trust annual statement", "Northgate family hub", "Our volunteers visited twelve families."} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in the text, got:\n%s", want, all)
		}
	}
}
