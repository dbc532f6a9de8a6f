package intake

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func readEMLFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "eml", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// b64 encodes data as a mailer does: base64 in 76-column lines.
func b64(data []byte) string {
	s := base64.StdEncoding.EncodeToString(data)
	var sb strings.Builder
	for len(s) > 76 {
		sb.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	sb.WriteString(s + "\r\n")
	return sb.String()
}

// mailOf builds a message with the given top-level headers and body.
func mailOf(headers, body string) []byte {
	return []byte("From: Tom Reyes <tom.reyes@harbourside.example>\r\nTo: lscb@eastmarsh.example\r\n" +
		"Subject: statement\r\nDate: Tue, 15 Nov 2016 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" + headers + "\r\n" + body)
}

// partOf is one MIME part: headers, then a blank line, then the body.
func partOf(headers, body string) string {
	return headers + "\r\n" + body
}

// multipartOf joins parts under boundary.
func multipartOf(boundary string, parts ...string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString("--" + boundary + "\r\n" + p + "\r\n")
	}
	sb.WriteString("--" + boundary + "--\r\n")
	return sb.String()
}

func TestParseEMLFixtures(t *testing.T) {
	docx := readSniffFixture(t, "statement.docx")
	pdf := readSniffFixture(t, "statement.pdf")

	msg, err := ParseEML(readEMLFixture(t, "outlook-style.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if msg.From != "Priya Okonkwo <priya.okonkwo@riverside.example>" || msg.Subject != "Annual statement – Riverside Community Health Trust" {
		t.Errorf("from %q subject %q", msg.From, msg.Subject)
	}
	if want := time.Date(2016, 11, 14, 9, 12, 0, 0, time.UTC); !msg.Date.Equal(want) {
		t.Errorf("date %v", msg.Date)
	}
	checkAttachments(t, msg, []Attachment{
		{Name: "Déclaration Riverside 2016.docx", Data: docx},
		{Name: "Riverside – figures.pdf", Data: pdf},
	})

	mbox := append([]byte("From priya.okonkwo@riverside.example Mon Nov 14 09:12:00 2016\n"), readEMLFixture(t, "outlook-style.eml")...)
	if msg, err := ParseEML(mbox); err != nil || len(msg.Attachments) != 2 {
		t.Errorf("with an mbox From line: %v", err)
	}

	msg, err = ParseEML(readEMLFixture(t, "forwarded.eml"))
	if err != nil {
		t.Fatal(err)
	}
	checkAttachments(t, msg, []Attachment{{Name: "Harbourside YOS statement.pdf", Data: pdf}})
	if msg.Subject != "FW: Harbourside YOS statement" {
		t.Errorf("subject of the outer message: %q", msg.Subject)
	}

	_, err = ParseEML(readEMLFixture(t, "no-attachment.eml"))
	checkIntakeReject(t, err, model.ErrNotADoc, "no attached statement")
}

// checkAttachments compares names and bytes, and that each attachment
// sniffs as what it is.
func checkAttachments(t *testing.T, msg *Message, want []Attachment) {
	t.Helper()
	if len(msg.Attachments) != len(want) {
		names := []string{}
		for _, a := range msg.Attachments {
			names = append(names, a.Name)
		}
		t.Fatalf("attachments %q, want %d", names, len(want))
	}
	for i, w := range want {
		got := msg.Attachments[i]
		if got.Name != w.Name {
			t.Errorf("attachment %d name %q, want %q", i, got.Name, w.Name)
		}
		if !bytes.Equal(got.Data, w.Data) {
			t.Errorf("attachment %q: %d bytes differ from the %d sent", got.Name, len(got.Data), len(w.Data))
		}
		if _, err := Sniff(got.Name, got.Data); err != nil {
			t.Errorf("attachment %q does not sniff as a document: %v", got.Name, err)
		}
	}
}

func TestParseEMLParts(t *testing.T) {
	pdf := readSniffFixture(t, "statement.pdf")
	docx := readSniffFixture(t, "statement.docx")
	pdfPart := func(headers string) string {
		if !strings.Contains(headers, "Content-Type:") {
			headers = "Content-Type: application/pdf\r\n" + headers
		}
		return partOf(headers+"Content-Transfer-Encoding: base64\r\n", b64(pdf))
	}
	plain := partOf("Content-Type: text/plain; charset=us-ascii\r\n", "Please see attached.\r\n")
	tests := []struct {
		name string
		data []byte
		want []Attachment
	}{
		{
			name: "RFC 2047 name in Content-Type only (windows-1252)",
			data: mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1", plain,
				pdfPart("Content-Type: application/pdf; name=\"=?windows-1252?Q?Statement_=96_final.pdf?=\"\r\n"))),
			want: []Attachment{{"Statement – final.pdf", pdf}},
		},
		{
			name: "RFC 2231 continued name with a charset",
			data: mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1", plain,
				pdfPart("Content-Disposition: attachment;\r\n filename*0*=utf-8''Sch%C3%B6n%20;\r\n filename*1=\"statement.pdf\"\r\n"))),
			want: []Attachment{{"Schön statement.pdf", pdf}},
		},
		{
			name: "unquoted name with spaces, and a folder part dropped",
			data: mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1",
				pdfPart("Content-Disposition: attachment; filename=C:\\Users\\tom\\My Statement.pdf\r\n"),
				pdfPart("Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n"))),
			want: []Attachment{{"My Statement.pdf", pdf}, {"passwd", pdf}},
		},
		{
			name: "quoted-printable attachment and one without a name",
			data: mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1", plain,
				partOf("Content-Type: text/csv\r\nContent-Disposition: attachment; filename=\"figures.csv\"\r\nContent-Transfer-Encoding: quoted-printable\r\n", "Team,Caf=C3=A9 visits\r\nNorth,=\r\n12\r\n"),
				partOf("Content-Type: application/octet-stream\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n", b64(docx)))),
			want: []Attachment{{"figures.csv", []byte("Team,Café visits\r\nNorth,12\r\n")}, {"attachment 2", docx}},
		},
		{
			name: "bodies and embedded pictures are not attachments; a named picture is",
			data: mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1",
				partOf("Content-Type: multipart/related; boundary=b2\r\n", multipartOf("b2",
					partOf("Content-Type: multipart/alternative; boundary=b3\r\n", multipartOf("b3", plain,
						partOf("Content-Type: text/html; name=body.html\r\n", "<p>Hi</p>"))),
					partOf("Content-Type: image/png; name=image001.png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n", b64([]byte("\x89PNG\r\n\x1a\nlogo"))))),
				partOf("Content-Type: image/jpeg; name=\"scan.jpg\"\r\nContent-Transfer-Encoding: base64\r\n", b64([]byte("\xff\xd8\xffscan"))))),
			want: []Attachment{{"scan.jpg", []byte("\xff\xd8\xffscan")}},
		},
		{
			name: "a message that is its attachment; base64 with stray spaces",
			data: mailOf("Content-Type: application/pdf; name=\"only.pdf\"\r\nContent-Transfer-Encoding: base64\r\n",
				strings.ReplaceAll(b64(pdf), "\r\n", " \r\n")),
			want: []Attachment{{"only.pdf", pdf}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := ParseEML(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(msg.Attachments) != len(tc.want) {
				t.Fatalf("got %d attachments, want %d", len(msg.Attachments), len(tc.want))
			}
			for i, w := range tc.want {
				got := msg.Attachments[i]
				if got.Name != w.Name || !bytes.Equal(got.Data, w.Data) {
					t.Errorf("attachment %d: %q (%d bytes), want %q (%d bytes)", i, got.Name, len(got.Data), w.Name, len(w.Data))
				}
			}
		})
	}
}

func TestParseEMLRejects(t *testing.T) {
	pdf := readSniffFixture(t, "statement.pdf")
	nested := partOf("Content-Type: application/pdf; name=deep.pdf\r\n", "x")
	for i := 0; i < emlMaxDepth+2; i++ {
		b := fmt.Sprintf("n%d", i)
		nested = partOf("Content-Type: multipart/mixed; boundary="+b+"\r\n", multipartOf(b, nested))
	}
	many := make([]string, emlMaxParts+1)
	for i := range many {
		many[i] = partOf("Content-Type: text/plain\r\n", "x")
	}
	full := mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1",
		partOf("Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\nContent-Transfer-Encoding: base64\r\n", b64(pdf))))
	tests := []struct {
		name   string
		data   []byte
		cause  error
		phrase string
	}{
		{"not a message", []byte("just some words, no headers at all"), model.ErrCorrupt, "damaged"},
		{"text only", mailOf("Content-Type: text/plain\r\n", "Statement to follow.\r\n"), model.ErrNotADoc, "no attached statement"},
		{"nested too deep", []byte(strings.TrimSuffix(string(mailOf("", "")), "\r\n") + nested), model.ErrTooLarge, "nested"},
		{"too many parts", mailOf("Content-Type: multipart/mixed; boundary=b1\r\n", multipartOf("b1", many...)), model.ErrTooLarge, "larger"},
		{"cut off inside an attachment", full[:len(full)-2000], model.ErrCorrupt, "damaged or incomplete"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := ParseEML(tc.data)
			if msg != nil {
				t.Errorf("got a message: %+v", msg)
			}
			checkIntakeReject(t, err, tc.cause, tc.phrase)
		})
	}
}

// FuzzParseEML seeds with small messages built here (the fixtures are tens
// of kilobytes of base64, which the engine would spend its time minimising):
// an attachment, a forward holding one, a message with none.
func FuzzParseEML(f *testing.F) {
	for _, m := range smallMails() {
		f.Add(m)
	}
	f.Add(readEMLFixture(f, "no-attachment.eml"))
	f.Add(mailOf("Content-Type: multipart/mixed; boundary=b\r\n", multipartOf("b",
		partOf("Content-Type: application/pdf; name=\"=?utf-8?q?a=C3=A9.pdf?=\"\r\nContent-Transfer-Encoding: quoted-printable\r\n", "%PDF-1.4 =41"))))
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, err := ParseEML(data)
		if err != nil {
			var ie *model.InputError
			if !errors.As(err, &ie) || ie.Stage != model.StageIntake || ie.Hint == "" {
				t.Fatalf("not a complete intake InputError: %v", err)
			}
			return
		}
		if len(msg.Attachments) == 0 {
			t.Fatal("a message with no attachments and no error")
		}
		total := 0
		for _, a := range msg.Attachments {
			total += len(a.Data)
			if strings.ContainsAny(a.Name, "/\\") {
				t.Fatalf("attachment name %q keeps a folder part", a.Name)
			}
		}
		if total > emlMaxBytes {
			t.Fatalf("%d bytes decoded, over the bound", total)
		}
	})
}

func BenchmarkParseEML(b *testing.B) {
	data := readEMLFixture(b, "outlook-style.eml")
	for b.Loop() {
		if _, err := ParseEML(data); err != nil {
			b.Fatal(err)
		}
	}
}
