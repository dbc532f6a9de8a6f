package update

// Op is one piece of a word-level difference between two texts: text
// both have (Equal), text only the old one has (Deleted) or only the new
// one (Inserted). Joined in order, the Equal and Deleted pieces give the
// old text back and the Equal and Inserted ones the new.
type Op struct {
	Kind OpKind
	Text string
}

// OpKind says what an Op is.
type OpKind int

// The kinds of Op.
const (
	Equal OpKind = iota
	Deleted
	Inserted
)

// DiffWords is the word diff update marks its tracked changes with, for
// the review page and pipeline/publish's edits register, so both show a
// change exactly as Word does.
func DiffWords(old, new string) []Op {
	ops := diffWords(old, new)
	out := make([]Op, len(ops))
	for i, o := range ops {
		out[i] = Op{Text: o.text}
		switch o.kind {
		case opDelete:
			out[i].Kind = Deleted
		case opInsert:
			out[i].Kind = Inserted
		}
	}
	return out
}
