package web

import "testing"

func TestCheckName(t *testing.T) {
	good := []string{"Northgate Police statement 2025-26.pdf", "Rapport d’activité été.docx", "a.b.c.docx", "FW_ statement (final).docx"}
	bad := []string{"", "../x.docx", `..\x.docx`, "a/b.docx", `a\b.docx`, "C:x.docx", ".x.docx", "~$x.docx", "x.docx ", " x.docx",
		"x.docx.", "a\x01b.docx", "a\u202eb.docx", "NUL.txt", "com1.docx", "x<y.docx", "x|y.docx", "a..b.docx", string([]byte{0xff, 'a'})}
	for _, n := range good {
		if err := checkName(n); err != nil {
			t.Errorf("%q refused: %v", n, err)
		}
	}
	for _, n := range bad {
		if checkName(n) == nil {
			t.Errorf("%q accepted", n)
		}
	}
}
