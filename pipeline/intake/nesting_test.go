package intake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// leafMail is a fictional e-mail carrying one attachment of about size
// bytes, sent without transfer encoding, so a message holding it nested
// costs its full size at every level.
func leafMail(size int) []byte {
	var b bytes.Buffer
	b.WriteString("From: Riverside Trust <office@riverside.example>\r\nSubject: Annual statement\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=leaf\r\n\r\n--leaf\r\n" +
		"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"statement.docx\"\r\n\r\n")
	line := strings.Repeat("a", 76) + "\r\n"
	for b.Len() < size {
		b.WriteString(line)
	}
	b.WriteString("--leaf--\r\n")
	return b.Bytes()
}

// The ways one message holds the next.
const (
	asAttachedFile = iota // an .eml file attached
	asForwarded           // a message/rfc822 part
	asMixed               // five forwarded levels, then an attached file, and again
)

// nestMail wraps inner in levels messages, each holding the next as its
// one part, the way how says. It is built from the outside in, in one
// buffer, since the nesting is prefixes, the leaf, then suffixes.
func nestMail(inner []byte, levels, how int) []byte {
	var b bytes.Buffer
	for i := levels - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "From: level%d@riverside.example\r\nSubject: Fwd: statement\r\nMIME-Version: 1.0\r\n"+
			"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i, i)
		if how == asAttachedFile || how == asMixed && i%6 == 5 {
			b.WriteString("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"forwarded.eml\"\r\n\r\n")
		} else {
			b.WriteString("Content-Type: message/rfc822\r\n\r\n")
		}
	}
	b.Write(inner)
	for i := 0; i < levels; i++ {
		fmt.Fprintf(&b, "\r\n--b%d--\r\n", i)
	}
	return b.Bytes()
}

// A 3 MB statement nested 500 levels, either way, is refused as nested
// too deep, without every level's bytes being held: the whole read
// allocates under 200 MB (a bound on its peak).
func TestMailNested500LevelsIsRefusedWithinMemory(t *testing.T) {
	for how, name := range nestings {
		t.Run(name, func(t *testing.T) {
			data := nestMail(leafMail(3<<20), 500, how)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // only so a regression cannot hang
			defer cancel()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			subs := FromBytes(ctx, "nested.eml", time.Time{}, data)
			runtime.ReadMemStats(&after)
			if len(subs) != 1 || !errors.Is(subs[0].Err, model.ErrTooLarge) || !strings.Contains(subs[0].Err.Error(), "nested") {
				t.Fatalf("got %d submission(s), first error %v; want one refused as nested too deep", len(subs), firstErr(subs))
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > 200<<20 {
				t.Errorf("reading it allocated %d MB, want under 200 MB", got>>20)
			}
		})
	}
}

var nestings = []string{asAttachedFile: "attached", asForwarded: "forwarded", asMixed: "mixed"}

func firstErr(subs []Submission) error {
	if len(subs) == 0 {
		return nil
	}
	return subs[0].Err
}

// BenchmarkMailNested500 reads a 3 MB statement nested 500 levels each
// way; -benchmem's B/op (all it allocates) bounds its peak memory.
func BenchmarkMailNested500(b *testing.B) {
	for how, name := range nestings {
		b.Run(name, func(b *testing.B) {
			data := nestMail(leafMail(3<<20), 500, how)
			for b.Loop() {
				if subs := FromBytes(context.Background(), "nested.eml", time.Time{}, data); len(subs) != 1 || subs[0].Err == nil {
					b.Fatal("not refused")
				}
			}
		})
	}
}
