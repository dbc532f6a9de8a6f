package publish

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// checkTaggedPDF reads the PDF's objects uncompressed (qpdf --qdf) and
// checks what a screen reader needs: a structure tree with H1 and H2
// headings and TH cells, a Figure with alt text, /Lang en-GB and /Title.
func checkTaggedPDF(t *testing.T, pdf []byte) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed, so the PDF's tags cannot be read")
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qdf.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, out).CombinedOutput(); err != nil && !bytes.Contains(msg, []byte("operation succeeded")) {
		t.Fatalf("qpdf: %v %s", err, msg)
	}
	q, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"/StructTreeRoot", "/MarkInfo", "/S /H1", "/S /H2", "/S /TH", "/S /Figure", "/Lang (en-GB)"} {
		if !bytes.Contains(q, []byte(tag)) {
			t.Errorf("the PDF lacks %s", tag)
		}
	}
	if !hasPDFString(q, "/Title", "Annual Report") {
		t.Error("the PDF's /Title is not the report's title")
	}
	if !hasPDFString(q, "/Alt", "Bar chart of referrals by month") {
		t.Error("the picture's alt text is not in the PDF")
	}
}

var pdfStringRE = regexp.MustCompile(`(/\w+)\s*(<[0-9a-fA-F]+>|\([^)]*\))`)

// hasPDFString says whether key holds s, as a literal or UTF-16 hex string.
func hasPDFString(q []byte, key, s string) bool {
	for _, m := range pdfStringRE.FindAllSubmatch(q, -1) {
		if string(m[1]) != key {
			continue
		}
		v := string(m[2])
		if strings.HasPrefix(v, "(") && strings.Trim(v, "()") == s {
			return true
		}
		if strings.HasPrefix(v, "<") && decodeHex(strings.Trim(v, "<>")) == s {
			return true
		}
	}
	return false
}

func decodeHex(h string) string {
	var b []byte
	for i := 0; i+1 < len(h); i += 2 {
		var x byte
		for _, c := range h[i : i+2] {
			x <<= 4
			switch {
			case c >= '0' && c <= '9':
				x |= byte(c - '0')
			case c >= 'a' && c <= 'f':
				x |= byte(c-'a') + 10
			case c >= 'A' && c <= 'F':
				x |= byte(c-'A') + 10
			}
		}
		b = append(b, x)
	}
	if len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff {
		var u []uint16
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
		return string(utf16.Decode(u))
	}
	return string(b)
}
