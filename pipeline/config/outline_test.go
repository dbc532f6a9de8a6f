package config

import (
	"strings"
	"testing"
)

// Numbers follow the outline, a fixed number resets the count, appendices
// are lettered, and the statements are numbered under their part.
func TestOutlineNumbers(t *testing.T) {
	path := writeConfig(t, `outline:
  - {part: chapter, title: Introduction, file: intro.md}
  - {part: chapter, title: Context, file: context.docx}
  - {part: key}
  - {part: statements, number: "7"}
  - {part: table, title: Attendance, file: attendance.csv}
  - {part: analysis}
  - {part: appendix, title: Glossary, file: glossary.odt}
  - {part: appendix, title: Membership, file: members.md}
`)
	cfg, err := Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range cfg.Outline() {
		got = append(got, p.Heading())
	}
	want := "1 Introduction|2 Context|Key|7 Partner Agency Annual Statements|8 Attendance|9 Analysis of the Partner Statements|Appendix A Glossary|Appendix B Membership"
	if strings.Join(got, "|") != want {
		t.Errorf("headings\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	if n := cfg.StatementsNumber(); n != "7" {
		t.Errorf("statements number %q", n)
	}
}

func TestOutlineRefusals(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"outline:\n  - {part: chapters, title: A, file: a.md}\n", `outline[0].part: "chapters" is not one of chapter, statements`},
		{"outline:\n  - {part: chapter, title: A, file: a.pdf}\n", `outline[0].file: "a.pdf" is not a file a chapter part is read from`},
		{"outline:\n  - {part: chapter, file: a.md}\n", `outline[0].title: is empty`},
		{"outline:\n  - {part: table, title: T, file: t.docx}\n", `outline[0].file: "t.docx" is not a file a table part is read from (.csv, .xlsx)`},
		{"outline:\n  - {part: statements}\n  - {part: statements}\n", `outline[1].part: the report has one statements part`},
		{"outline:\n  - {part: chapter, title: A, file: a.md, number: \"2\"}\n  - {part: chapter, title: B, file: b.md, number: \"2\"}\n", `outline[1].number: "B" would be numbered 2`},
		{"outline:\n  - {part: chapter, title: A, file: a.md, deadline: 15/05/2026}\n", `outline[0].deadline`},
		{"outline:\n  - {part: chapter, title: A, file: a.md, contat: x@y.org}\n", `outline[0].contat: unknown key (did you mean "contact"?)`},
		{"outline:\n  - {part: table, title: T, file: t.csv, covers: [impact]}\n", `outline[0].covers: only a chapter or an appendix covers checklist items`},
		{"outline:\n  - {part: chapter, title: A, file: a.md, covers: [\" \"]}\n", `outline[0].covers[0]: is empty`},
	} {
		_, err := Load(writeConfig(t, tc.yaml), nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want %q", tc.yaml, err, tc.want)
		}
	}
}
