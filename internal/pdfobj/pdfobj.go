// Package pdfobj writes the smallest PDF files: objects numbered in order
// with a computed cross-reference table. The PDF reader uses it to hand
// the PDF library objects of its own (a cleaned content stream, a
// ToUnicode map), and tests use it for fixtures made by hand.
package pdfobj

import (
	"bytes"
	"fmt"
)

// File writes objs as a PDF: objs[i] is the body of object i+1, and object
// 1 is the catalog (/Root). The cross-reference table is computed, so the
// file opens without repair, as a real producer's would.
func File(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// Stream is the body of an unfiltered stream object holding data, with
// dict's entries ("" for none) before its /Length.
func Stream(dict string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}
