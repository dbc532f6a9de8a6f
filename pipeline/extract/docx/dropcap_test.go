package docx

import "testing"

// dropCap is a frame paragraph holding the large first letter of the next.
func dropCap(mode, letter string) string {
	return p(`<w:framePr w:dropCap="`+mode+`" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>`, "", letter)
}

func TestDropCap(t *testing.T) {
	runRules(t, []ruleCase{
		{"a drop cap joins its paragraph",
			dropCap("drop", "T") + p("", "", "he partnership met six times.") + p("", "", "Next paragraph."),
			"0 paragraph \"The partnership met six times.\"\n1 paragraph \"Next paragraph.\"\n"},
		{"a drop cap in the margin too",
			dropCap("margin", "W") + p(pst("Titre2"), "", "orking together"),
			"0 heading level=2 \"Working together\"\n"},
		{"a frame that is not a drop cap stands alone",
			dropCap("none", "Framed note.") + p("", "", "Body text."),
			"0 paragraph \"Framed note.\"\n1 paragraph \"Body text.\"\n"},
		{"a drop cap with no paragraph after it is kept",
			p("", "", "First.") + dropCap("drop", "Z"),
			"0 paragraph \"First.\"\n1 paragraph \"Z\"\n"},
	})
}
