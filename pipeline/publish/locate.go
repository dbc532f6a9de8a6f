package publish

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// Where names a place in the report as a reviewer finds it in Word: the
// statement (its heading, "7.1 Riverside Community Health Trust") and the
// section heading under it, or, outside the statements, the headings of
// the part ("Analysis", "Completeness of statements").
type Where struct {
	Statement string `json:"statement,omitempty"`
	Section   string `json:"section,omitempty"`
}

// String is the place in a line: "7.1 Riverside ..., Agency Context".
func (w Where) String() string {
	switch {
	case w.Statement != "" && w.Section != "":
		return w.Statement + ", " + w.Section
	case w.Statement != "":
		return w.Statement
	case w.Section != "":
		return w.Section
	}
	return "the title pages"
}

// placed is one body block with its place and the heading of its part.
type placed struct {
	n      *node
	where  Where
	part   string // the Heading 1 it falls under ("" before the first)
	level  int    // its heading level, 0 for body text
	agency string // the agency whose statement holds it ("" outside one)
}

// locate walks the body's blocks keeping track of where each stands.
func (v *view) locate() []placed {
	var out []placed
	var cur placed
	for _, n := range v.blocks() {
		lvl := v.st.headingLevel(n)
		text := strings.TrimSpace(n.plain())
		marks := v.marksIn(n)
		switch {
		case lvl == 1:
			cur = placed{part: text, where: Where{Section: text}}
		case lvl == 2:
			cur.where, cur.agency = Where{Section: cur.part + ", " + text}, ""
			if len(marks) > 0 && marks[0].e.Kind == provenance.KindHeading {
				cur.where, cur.agency = Where{Statement: text}, marks[0].agency
			} else if cur.part == "" {
				cur.where = Where{Section: text}
			}
			if cur.agency == "" && isStatementNumber(text) {
				cur.where = Where{Statement: text} // an awaited agency's place
			}
		case len(marks) > 0 && marks[0].e.Kind == provenance.KindSection:
			cur.where.Section = text
		}
		p := cur
		p.n, p.level = n, lvl
		out = append(out, p)
	}
	return out
}

// isStatementNumber says whether a heading starts with a statement's
// number ("7.3 Westmoor Academy Trust").
func isStatementNumber(s string) bool {
	num, _, ok := strings.Cut(s, " ")
	if !ok || !strings.Contains(num, ".") {
		return false
	}
	for _, r := range num {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}
