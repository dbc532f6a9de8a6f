package watch

import (
	"bytes"
	"io"
	"os"
)

// zipTail is how far from the end a zip's end-of-central-directory record
// can start: its 22 bytes plus a comment of up to 65535.
const zipTail = 22 + 65535

// pdfTail is how near the end a complete PDF's %%EOF must be; writers add
// a line end or a little padding after it.
const pdfTail = 1024

// looksComplete reports whether the file's bytes end as its format requires:
// a zip (DOCX, ODT) its end-of-central-directory record, a PDF its %%EOF.
// Other files have no trailer to check and count as complete. A file that
// cannot be read is not complete (it may be locked while being written).
func looksComplete(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 5)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return tailContains(f, zipTail, []byte("PK\x05\x06"))
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return tailContains(f, pdfTail, []byte("%%EOF"))
	}
	return true
}

func tailContains(f *os.File, n int64, sig []byte) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	off := max(st.Size()-n, 0)
	buf := make([]byte, st.Size()-off)
	if _, err := f.ReadAt(buf, off); err != nil && err != io.EOF {
		return false
	}
	return bytes.Contains(buf, sig)
}
