package config

import "fmt"

// Error is one configuration problem a person can fix: Key names the setting
// as it is written in the file ("llm.mode", "agencies[2].name"); File and
// Line, when known, say where it was read. Load and Validate return only
// *Error values (several joined with errors.Join), so a caller can tell a
// configuration mistake (exit code 2) from anything else with errors.As.
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	where := ""
	switch {
	case e.File != "" && e.Line > 0:
		where = fmt.Sprintf("%s:%d: ", e.File, e.Line)
	case e.File != "":
		where = e.File + ": "
	}
	if e.Key == "" {
		return where + e.Msg
	}
	return where + e.Key + ": " + e.Msg
}
