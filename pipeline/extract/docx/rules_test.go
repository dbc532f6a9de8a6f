package docx

import (
	"strings"
	"testing"
)

type ruleCase struct {
	name string
	body string
	want string // model.Dump of the result
}

func runRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := extractDump(t, docxOf(t, tc.body))
			want := strings.TrimLeft(tc.want, "\n")
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestHeadings(t *testing.T) {
	runRules(t, []ruleCase{
		{"localised heading 1 id", p(pst("berschrift1"), "", "Riverside Community Health Trust"),
			`0 heading level=1 "Riverside Community Health Trust"` + "\n"},
		{"localised heading 2 id", p(pst("Titre2"), "", "Our Work With Families"),
			`0 heading level=2 "Our Work With Families"` + "\n"},
		{"title style", p(pst("Titel"), "", "Annual Statement"),
			`0 heading level=1 "Annual Statement"` + "\n"},
		{"based on a heading style", p(pst("AgencyHead"), "", "Harbourside Police"),
			`0 heading level=1 "Harbourside Police"` + "\n"},
		{"style outline level", p(pst("Section3"), "", "Training figures"),
			`0 heading level=3 "Training figures"` + "\n"},
		{"paragraph outline level", p(`<w:outlineLvl w:val="1"/>`, "", "Key Successes"),
			`0 heading level=2 "Key Successes"` + "\n"},
		{"outline level 9 is body text", p(pst("Titre2")+`<w:outlineLvl w:val="9"/>`, "", "Plain words here"),
			`0 paragraph "Plain words here"` + "\n"},
		{"basedOn cycle ends", p(pst("Loop1"), "", "Looping style text."),
			`0 paragraph "Looping style text."` + "\n"},
		{"unknown style is a paragraph", p(pst("NoSuchStyle"), "", "Some words."),
			`0 paragraph "Some words."` + "\n"},
		{"numbered heading stays a heading", p(pst("berschrift1")+num("2", "0"), "", "Agency Context"),
			`0 heading level=1 "Agency Context"` + "\n"},
	})
}

func TestBoldCandidates(t *testing.T) {
	long := strings.Repeat("word ", 16)
	runRules(t, []ruleCase{
		{"direct bold", p("", `<w:b/>`, "Agency Context"),
			`0 heading level=0 candidate "Agency Context"` + "\n"},
		{"bold run style", p("", `<w:rStyle w:val="StrongChar"/>`, "Key Successes"),
			`0 heading level=0 candidate "Key Successes"` + "\n"},
		{"bold paragraph style", p(pst("StrongPara"), "", "Areas for Development"),
			`0 heading level=0 candidate "Areas for Development"` + "\n"},
		{"bold switched off in a bold style", p(pst("StrongPara"), `<w:b w:val="0"/>`, "Not bold at all"),
			`0 paragraph "Not bold at all"` + "\n"},
		{"mixed runs", `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Bold lead </w:t></w:r><w:r><w:t>then plain</w:t></w:r></w:p>`,
			`0 paragraph "Bold lead then plain"` + "\n"},
		{"full stop ends a sentence", p("", `<w:b/>`, "This is a sentence."),
			`0 paragraph "This is a sentence."` + "\n"},
		{"too long", p("", `<w:b/>`, long),
			`0 paragraph "` + strings.TrimSpace(long) + `"` + "\n"},
		{"space-only plain run ignored", `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Outcomes</w:t></w:r><w:r><w:t xml:space="preserve">  </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>and Impact</w:t></w:r></w:p>`,
			`0 heading level=0 candidate "Outcomes  and Impact"` + "\n"},
		{"bold list item stays a list item", p(num("1", "0"), `<w:b/>`, "Bold bullet"),
			`0 list_item depth=0 ordered=false "Bold bullet"` + "\n"},
	})
}

func TestLists(t *testing.T) {
	runRules(t, []ruleCase{
		{"bullet", p(num("1", "0"), "", "First point"),
			`0 list_item depth=0 ordered=false "First point"` + "\n"},
		{"nested bullet", p(num("1", "1"), "", "Sub point"),
			`0 list_item depth=1 ordered=false "Sub point"` + "\n"},
		{"ordered level 1", p(num("2", "1"), "", "Lettered point"),
			`0 list_item depth=1 ordered=true "Lettered point"` + "\n"},
		{"level override", p(num("3", "0"), "", "Roman point"),
			`0 list_item depth=0 ordered=true "Roman point"` + "\n"},
		{"numId 0 removes numbering", p(pst("BulletStyle")+num("0", "0"), "", "No list"),
			`0 paragraph "No list"` + "\n"},
		{"unknown numId", p(num("99", "0"), "", "Orphan numbering"),
			`0 paragraph "Orphan numbering"` + "\n"},
		{"numbering on the style", p(pst("BulletStyle"), "", "Styled bullet"),
			`0 list_item depth=0 ordered=false "Styled bullet"` + "\n"},
		{"style gives level and number", p(pst("NumberStyle"), "", "Styled number"),
			`0 list_item depth=1 ordered=true "Styled number"` + "\n"},
		{"numbering inherited by basedOn", p(pst("NumberChild"), "", "Inherited number"),
			`0 list_item depth=1 ordered=true "Inherited number"` + "\n"},
		{"paragraph level over style numbering", p(pst("NumberStyle")+`<w:numPr><w:ilvl w:val="0"/></w:numPr>`, "", "Top number"),
			`0 list_item depth=0 ordered=true "Top number"` + "\n"},
		{"levels through a numbering style link", p(num("5", "0"), "", "Linked number"),
			`0 list_item depth=0 ordered=true "Linked number"` + "\n"},
		{"marker text not added", p(num("2", "0"), "", "Plain item"),
			`0 list_item depth=0 ordered=true "Plain item"` + "\n"},
	})
}
