package pdf

import (
	"bytes"
	"fmt"
	"io"

	lpdf "github.com/ledongthuc/pdf"
)

// Synthetic objects. The library builds its decoders (content stream
// interpreter, ToUnicode maps, simple encodings) only from objects of a
// file it has opened, and exposes no constructor for them. To hand it bytes
// of our own (a cleaned content stream, a ToUnicode map the library would
// skip), they are written as a tiny PDF of their own and opened.

// syntheticRoot opens a PDF whose objects are objs (object i+1 is objs[i])
// and returns object 1.
func syntheticRoot(objs ...string) (lpdf.Value, error) {
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
	r, err := lpdf.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		return lpdf.Value{}, err
	}
	return r.Trailer().Key("Root"), nil
}

// streamObject is the body of an unfiltered stream object holding data.
func streamObject(dict string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// streamValue wraps data as a stream the library can interpret.
func streamValue(data []byte) (lpdf.Value, error) {
	return syntheticRoot(streamObject("", data))
}

// streamBytes returns a stream's decoded data, at most limit bytes.
func streamBytes(v lpdf.Value, limit int64) ([]byte, error) {
	return io.ReadAll(io.LimitReader(v.Reader(), limit))
}
