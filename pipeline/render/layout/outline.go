package layout

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// AwaitedPart stands in the report for a chapter or table that has not
// arrived (or could not be read), naming who writes it and when it is due,
// so the part keeps its place and its number.
func AwaitedPart(p model.Part) string {
	what := "This chapter is awaited"
	if p.Kind == model.PartTable {
		what = "This table is awaited"
	}
	var who []string
	if p.Owner != "" {
		who = append(who, "from "+p.Owner)
	}
	if p.Deadline != "" {
		who = append(who, "due "+p.Deadline)
	}
	if len(who) > 0 {
		what += " (" + strings.Join(who, ", ") + ")"
	}
	if p.Problem != "" {
		what += ". The file " + p.File + " could not be used: " + p.Problem
	}
	return what + "."
}
