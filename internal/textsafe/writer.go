package textsafe

import (
	"io"
	"unicode/utf8"
)

// Writer returns a writer that passes text to w with control characters
// escaped as Lines does, for everything a command prints for people: file
// names and agency text cannot reach the terminal raw however they are
// printed. A character split across two writes is joined first.
func Writer(w io.Writer) io.Writer { return &writer{w: w} }

type writer struct {
	w     io.Writer
	carry []byte // the start of a character whose rest is in the next write
}

func (sw *writer) Write(p []byte) (int, error) {
	data := append(sw.carry, p...)
	sw.carry = nil
	if cut := incompleteTail(data); cut < len(data) {
		sw.carry = append([]byte(nil), data[cut:]...)
		data = data[:cut]
	}
	if _, err := io.WriteString(sw.w, Lines(string(data))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// incompleteTail is where a trailing, not yet complete UTF-8 sequence
// starts, or len(b) when b ends on a whole character.
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return i
			}
			break
		}
	}
	return len(b)
}
