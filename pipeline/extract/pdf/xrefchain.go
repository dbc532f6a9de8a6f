package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync/atomic"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// maxXrefSections bounds the /Prev chain walked: a file saved
// incrementally a few dozen times has that many sections, not thousands.
const maxXrefSections = 4096

// errXrefCycle is a cross-reference chain that comes back on itself.
var errXrefCycle = errors.New("the cross-reference chain loops back on itself")

var (
	prevRE      = lazy.Re(`/Prev\s+(\d+)`)
	startxrefRE = lazy.Re(`startxref\s+(\d+)`)
)

// checkXrefChain walks the /Prev chain of data's cross-reference sections
// from the last startxref, and says when it loops or runs past
// maxXrefSections. ledongthuc/pdf walks the same chain with no check and
// no context, so a section whose /Prev points back at itself (a 743-byte
// file) would hold its reader for good. A chain it cannot follow is left
// to the library to judge.
func checkXrefChain(data []byte) error {
	tail := data[max(0, len(data)-1024):]
	ms := startxrefRE.Get().FindAllSubmatch(tail, -1)
	if len(ms) == 0 {
		return nil
	}
	off, err := strconv.ParseInt(string(ms[len(ms)-1][1]), 10, 64)
	seen := map[int64]bool{}
	for err == nil && off >= 0 && off < int64(len(data)) {
		if seen[off] {
			return fmt.Errorf("%w (section at byte %d)", errXrefCycle, off)
		}
		if len(seen) >= maxXrefSections {
			return fmt.Errorf("more than %d cross-reference sections", maxXrefSections)
		}
		seen[off] = true
		var ok bool
		off, ok = prevOf(data[off:])
		if !ok {
			return nil
		}
	}
	return nil
}

// prevOf finds the /Prev of the section at the start of sec: in the
// trailer after a classic table, or in the dictionary of an xref stream.
func prevOf(sec []byte) (int64, bool) {
	sec = sec[:min(len(sec), 1<<20)]
	var dict []byte
	if t := bytes.TrimLeft(sec, " \t\r\n"); bytes.HasPrefix(t, []byte("xref")) {
		i := bytes.Index(t, []byte("trailer"))
		if i < 0 {
			return 0, false
		}
		dict = t[i:]
		if j := bytes.Index(dict, []byte("startxref")); j >= 0 {
			dict = dict[:j]
		}
	} else {
		j := bytes.Index(sec, []byte("stream"))
		if j < 0 {
			return 0, false
		}
		dict = sec[:j]
	}
	m := prevRE.Get().FindSubmatch(dict)
	if m == nil {
		return 0, false
	}
	n, err := strconv.ParseInt(string(m[1]), 10, 64)
	return n, err == nil
}

// errReadBudget stops the library when opening a file reads far more than
// the file: it is walking the same cross-reference sections again and
// again, by a route checkXrefChain did not follow (its own repair of a
// wrong offset, say).
var errReadBudget = errors.New("opening the PDF read its cross-references over and over")

// budgetReader is the file as the library reads it while it opens it:
// every read is counted, and past eight times the file (and 4 MB) the read
// panics, which newReader turns into an error. That bounds every loop of
// the opening, however the library's walk goes round.
type budgetReader struct {
	data    []byte
	left    atomic.Int64
	limited atomic.Bool
}

func newBudgetReader(data []byte) *budgetReader {
	br := &budgetReader{data: data}
	br.left.Store(8*int64(len(data)) + 4<<20)
	br.limited.Store(true)
	return br
}

// lift ends the budget: reading pages re-reads objects by design.
func (b *budgetReader) lift() { b.limited.Store(false) }

func (b *budgetReader) ReadAt(p []byte, off int64) (int, error) {
	if b.limited.Load() && b.left.Add(-int64(len(p))) < 0 {
		panic(errReadBudget)
	}
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(b.data)) {
		return 0, io.EOF
	}
	n := copy(p, b.data[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
