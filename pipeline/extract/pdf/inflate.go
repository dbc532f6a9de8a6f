package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// checkInflation measures what each Flate stream of data decompresses to,
// counting into nothing and stopping at the limits, and refuses the file
// when one stream passes lim.MaxEntryBytes or all of them pass
// lim.MaxTotalBytes. The PDF library inflates without a bound; this check
// is what keeps a 1 MB file that inflates to 1 GiB from being read at all.
// Pictures are not counted: the text reader never inflates them.
func checkInflation(data []byte, lim extract.Limits) error {
	lim = lim.WithDefaults()
	var total int64
	for rest, base := data, 0; ; {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			return nil
		}
		at := base + i
		rest, base = rest[i+len("stream"):], at+len("stream")
		if at >= 3 && string(data[at-3:at]) == "end" {
			continue // "endstream"
		}
		dict := data[max(0, at-2048):at]
		if k := bytes.LastIndex(dict, []byte(" obj")); k >= 0 {
			dict = dict[k:]
		}
		if !bytes.Contains(dict, []byte("/FlateDecode")) || bytes.Contains(dict, []byte("/Image")) {
			continue
		}
		n := inflatedSize(streamStart(rest), lim.MaxEntryBytes+1)
		total += n
		if n > lim.MaxEntryBytes || total > lim.MaxTotalBytes {
			return model.Reject(fmt.Errorf("%w: a stream decompresses past %d MB", model.ErrTooLarge, lim.MaxEntryBytes>>20),
				"a part of the PDF decompresses to far more than any statement holds, so it was not read",
				"Ask the agency to save the PDF again from the program that made it")
		}
	}
}

// streamStart skips the end of line after the stream keyword.
func streamStart(b []byte) []byte {
	if len(b) > 0 && b[0] == '\r' {
		b = b[1:]
	}
	if len(b) > 0 && b[0] == '\n' {
		b = b[1:]
	}
	return b
}

// inflatedSize is how many bytes the zlib stream at the start of b
// inflates to, counting at most limit; 0 when it is not zlib.
func inflatedSize(b []byte, limit int64) int64 {
	zr, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return 0
	}
	n, _ := io.Copy(io.Discard, io.LimitReader(zr, limit))
	return n
}
