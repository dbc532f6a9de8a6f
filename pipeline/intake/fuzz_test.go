package intake

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// smallMails are the seeds of the e-mail fuzz targets: an attachment, a
// forwarded message holding one, and an e-mail attached to an e-mail.
func smallMails() [][]byte {
	leaf := mailOf("Content-Type: multipart/mixed; boundary=b\r\n", multipartOf("b",
		partOf("Content-Type: text/plain\r\n", "See attached.\r\n"),
		partOf("Content-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n", b64([]byte("%PDF-1.4\n%%EOF\n")))))
	return [][]byte{
		leaf,
		nestMail(leaf, 2, asForwarded),
		nestMail(leaf, 2, asAttachedFile),
	}
}

// FuzzFromBytes opens arbitrary bytes as a submitted file, e-mails nested
// in e-mails included. It must never panic, every document must have
// exactly one of Data and Err, every Err must be an InputError, and what
// nested e-mails decode stays inside the one byte budget.
func FuzzFromBytes(f *testing.F) {
	for _, m := range smallMails() {
		f.Add(m)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		total := 0
		for _, s := range FromBytes(ctx, "in.eml", time.Time{}, data) {
			if (s.Data == nil) == (s.Err == nil) {
				t.Fatalf("%s: Data and Err both set or both empty", s.Source.Attachment)
			}
			if s.Err != nil {
				if _, ok := errors.AsType[*model.InputError](s.Err); !ok {
					t.Fatalf("error %v (%T) is not an InputError", s.Err, s.Err)
				}
				continue
			}
			if s.Source.Attachment != "" {
				total += len(s.Data)
			}
			for _, part := range strings.Split(s.Source.Attachment, "/") {
				if s.Source.Attachment != "" && (part == "" || part == "..") {
					t.Fatalf("attachment name %q has an empty or parent part", s.Source.Attachment)
				}
			}
		}
		if total > emlMaxBytes {
			t.Fatalf("%d bytes decoded from nested e-mails, over the budget", total)
		}
	})
}
