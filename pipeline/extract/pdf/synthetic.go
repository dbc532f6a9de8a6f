package pdf

import (
	"bytes"
	"io"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/reportpipe/reportpipe/internal/pdfobj"
)

// Synthetic objects. The library builds its decoders (content stream
// interpreter, ToUnicode maps, simple encodings) only from objects of a
// file it has opened, and exposes no constructor for them. To hand it bytes
// of our own (a cleaned content stream, a ToUnicode map the library would
// skip), they are written as a tiny PDF of their own and opened.

// syntheticRoot opens a PDF whose objects are objs (object i+1 is objs[i])
// and returns object 1.
func syntheticRoot(objs ...string) (lpdf.Value, error) {
	data := pdfobj.File(objs...)
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return lpdf.Value{}, err
	}
	return r.Trailer().Key("Root"), nil
}

// streamObject is the body of an unfiltered stream object holding data.
func streamObject(dict string, data []byte) string { return pdfobj.Stream(dict, data) }

// streamValue wraps data as a stream the library can interpret.
func streamValue(data []byte) (lpdf.Value, error) {
	return syntheticRoot(streamObject("", data))
}

// streamBytes returns a stream's decoded data, at most limit bytes.
func streamBytes(v lpdf.Value, limit int64) ([]byte, error) {
	return io.ReadAll(io.LimitReader(v.Reader(), limit))
}
