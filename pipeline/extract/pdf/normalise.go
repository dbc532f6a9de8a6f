package pdf

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	pcmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func init() {
	// pdfcpu otherwise writes a config.yml into the user's config folder the
	// first time it makes a configuration; extraction never writes files.
	pcmodel.ConfigPath = "disable"
}

// headerScan is how far into the file we look for "%PDF-": readers accept
// some junk before it (mail gateways and upload forms add a line or two).
const headerScan = 1024

// tidy returns data as ledongthuc/pdf can take it, copying only when it must:
// the junk before "%PDF-" and after the last "%%EOF" cut off, and a PDF 2.0
// (or other non-1.x) header re-labelled 1.7, which changes no object. The
// second result is false when there is no PDF header at all.
func tidy(data []byte) ([]byte, bool) {
	start := bytes.Index(data[:min(len(data), headerScan)], []byte("%PDF-"))
	if start < 0 {
		return nil, false
	}
	out := data[start:]
	if end := bytes.LastIndex(out, []byte("%%EOF")); end >= 0 {
		end += len("%%EOF")
		for end < len(out) && (out[end] == '\r' || out[end] == '\n') {
			end++
		}
		out = out[:end]
	}
	if !acceptedHeader(out) {
		out = bytes.Clone(out)
		if len(out) >= 9 {
			copy(out, "%PDF-1.7")
			if out[8] != '\r' && out[8] != '\n' {
				out[8] = '\n' // a header ending in a space or comment
			}
		}
	}
	return out, true
}

// acceptedHeader mirrors the check ledongthuc/pdf makes on the first bytes.
func acceptedHeader(b []byte) bool {
	return len(b) >= 9 && bytes.HasPrefix(b, []byte("%PDF-1.")) &&
		b[7] >= '0' && b[7] <= '7' && (b[8] == '\r' || b[8] == '\n')
}

// errNeedsPassword marks a file pdfcpu could not open with an empty password.
var errNeedsPassword = errors.New("a user password is needed")

// pdfcpuRead parses data with pdfcpu for cmd, relaxed, decrypting with the
// empty user password when the file is encrypted, and checks its page tree
// does not loop (pdfcpu's writer and page walk would follow it for ever).
func pdfcpuRead(data []byte, cmd pcmodel.CommandMode) (*pcmodel.Context, error) {
	conf := pcmodel.NewDefaultConfiguration()
	conf.ValidationMode = pcmodel.ValidationRelaxed
	conf.UserPW = ""
	conf.Cmd = cmd
	if bytes.Contains(data, []byte("/Encrypt")) {
		conf.Cmd = pcmodel.DECRYPT
	}
	ctx, err := pdfcpu.Read(bytes.NewReader(data), conf)
	if err != nil {
		return nil, err
	}
	if err := checkPageTree(ctx.XRefTable); err != nil {
		return nil, err
	}
	return ctx, nil
}

// normalise rewrites data with pdfcpu in memory: decrypted with the empty user
// password when encrypted, with a fresh cross-reference table, so that
// ledongthuc/pdf can read files it refuses (AES-256, damaged xref tables).
//
// It calls pdfcpu's core package rather than pkg/api: pkg/api pulls in its
// form package and with it go-runewidth, whose init builds a 2 MB table and
// adds some 20 ms to the start of every reportpipe process.
func normalise(data []byte) ([]byte, error) {
	ctx, err := pdfcpuRead(data, pcmodel.OPTIMIZE)
	if err != nil {
		if errors.Is(err, pdfcpu.ErrWrongPassword) {
			return nil, fmt.Errorf("%w: %v", errNeedsPassword, err)
		}
		return nil, err
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	ctx.Write.Writer = w
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	fixed, _ := tidy(out.Bytes())
	return fixed, nil
}
