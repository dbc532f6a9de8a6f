package tracker

import (
	"mime"
	"strings"
	"time"
)

// EML is the message as an unsent e-mail draft (RFC 5322, UTF-8 text),
// which Outlook, Thunderbird and Apple Mail open ready to send: To and
// Subject filled in, X-Unsent set so Outlook opens it for editing.
func (c Chase) EML(now time.Time) []byte {
	var b strings.Builder
	h := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	if c.To != "" {
		h("To", c.To)
	}
	h("Subject", mime.QEncoding.Encode("utf-8", c.Subject))
	h("Date", now.Format(time.RFC1123Z))
	h("MIME-Version", "1.0")
	h("Content-Type", "text/plain; charset=utf-8")
	h("Content-Transfer-Encoding", "8bit")
	h("X-Unsent", "1")
	b.WriteString("\r\n")
	b.WriteString(strings.ReplaceAll(c.Body, "\n", "\r\n"))
	return []byte(b.String())
}

// FileName is the name the agency's message is saved under: its name in
// lower case, letters and digits only, joined by hyphens.
func (c Chase) FileName() string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(c.Agency) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.TrimSuffix(b.String(), "-")
	if name == "" {
		name = "agency"
	}
	return name + ".eml"
}
