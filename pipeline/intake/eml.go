package intake

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/textsafe"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Bounds on what one e-mail may cost: real messages nest a few levels and
// carry a handful of parts; hostile ones may nest or split without end.
const (
	emlMaxDepth = 12
	emlMaxParts = 500
	emlMaxBytes = 64 << 20 // all decoded attachments together
)

// Attachment is a file attached to an e-mail: its file name as the sender
// gave it (without any folder part) and its decoded bytes.
type Attachment struct {
	Name string
	Data []byte
}

// Message is what intake needs of a saved e-mail (.eml): who sent it, when,
// about what, and the files attached to it, in the order they appear.
type Message struct {
	From, Subject string
	Date          time.Time
	Attachments   []Attachment
}

// emlParser walks the MIME tree of one message within the bounds. spent
// counts the decoded bytes of every message nested in one submitted file,
// so e-mails inside e-mails share one byte budget.
type emlParser struct {
	msg   *Message
	parts int
	spent *int64
	// depths holds how deep in the nesting each attachment was found, so
	// an e-mail attached there is opened counting on from there.
	depths []int
}

// ParseEML reads a saved e-mail and returns its attachments, looking through
// nested multiparts (mixed, alternative, related) and forwarded messages.
// The message bodies (text/plain, text/html) and the pictures embedded in an
// HTML body are not attachments. A damaged message, one past the bounds, or
// one with nothing attached gives a *model.InputError (stage intake).
func ParseEML(data []byte) (*Message, error) {
	var spent int64
	msg, _, err := parseEML(data, &spent, 0)
	return msg, err
}

// parseEML is ParseEML for a message found at depth inside a submitted
// file, whose nested messages have spent bytes of the budget so far. It
// also returns the depth each attachment was found at.
func parseEML(data []byte, spent *int64, depth int) (*Message, []int, error) {
	if bytes.HasPrefix(data, []byte("From ")) {
		// an mbox separator line, as some mail programs save messages with
		_, data, _ = bytes.Cut(data, []byte("\n"))
	}
	m, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, nil, emlCorrupt(err)
	}
	p := &emlParser{spent: spent, msg: &Message{
		From:    decodeHeader(m.Header.Get("From")),
		Subject: decodeHeader(m.Header.Get("Subject")),
	}}
	if d, err := m.Header.Date(); err == nil {
		p.msg.Date = d
	}
	if err := p.entity(textproto.MIMEHeader(m.Header), m.Body, depth, ""); err != nil {
		return nil, nil, err
	}
	if len(p.msg.Attachments) == 0 {
		return nil, nil, rejectIntake(model.ErrNotADoc,
			"an e-mail with no attached statement",
			"Save the attachment itself into the folder (if the statement is typed into the e-mail, ask the agency to send it as a document)")
	}
	return p.msg, p.depths, nil
}

// entity reads one MIME entity: a multipart is walked, a forwarded message
// is opened, a leaf is kept when it is an attachment. parent is the media
// type of the enclosing multipart ("" at the top).
func (p *emlParser) entity(h textproto.MIMEHeader, body io.Reader, depth int, parent string) error {
	if depth > emlMaxDepth {
		return emlTooLarge(fmt.Sprintf("nested over %d levels", emlMaxDepth))
	}
	p.parts++
	if p.parts > emlMaxParts {
		return emlTooLarge(fmt.Sprintf("over %d parts", emlMaxParts))
	}
	mediaType, params := parseMediaType(h.Get("Content-Type"))
	switch {
	case strings.HasPrefix(mediaType, "multipart/") && params["boundary"] != "":
		return p.multipart(multipart.NewReader(body, params["boundary"]), depth, mediaType)
	case mediaType == "message/rfc822":
		return p.forwarded(h, body, depth)
	}
	name, isAttachment := attachmentName(h, mediaType, parent)
	if !isAttachment {
		return nil
	}
	data, err := p.decode(h, body)
	if err != nil {
		return err
	}
	if name == "" {
		name = fmt.Sprintf("attachment %d", len(p.msg.Attachments)+1)
	}
	p.msg.Attachments = append(p.msg.Attachments, Attachment{Name: textsafe.Name(name), Data: data})
	p.depths = append(p.depths, depth)
	return nil
}

func (p *emlParser) multipart(mr *multipart.Reader, depth int, mediaType string) error {
	for {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return emlCorrupt(err)
		}
		if err := p.entity(part.Header, part, depth+1, mediaType); err != nil {
			return err
		}
	}
}

// forwarded opens a message attached inline (a forward as attachment), whose
// own attachments are the statement more often than not. It is read as it
// streams from the enclosing part, never copied whole: a message nested in
// a message nested in a message would otherwise hold every level at once.
func (p *emlParser) forwarded(h textproto.MIMEHeader, body io.Reader, depth int) error {
	m, err := mail.ReadMessage(transferDecoder(h, body))
	if err != nil {
		return emlCorrupt(err)
	}
	return p.entity(textproto.MIMEHeader(m.Header), m.Body, depth+1, "")
}

// transferDecoder undoes the transfer encoding of a part as it is read.
func transferDecoder(h textproto.MIMEHeader, body io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &base64Clean{r: body})
	case "quoted-printable":
		return quotedprintable.NewReader(body)
	}
	return body
}

// decode reads a part's decoded bytes, within the byte budget.
func (p *emlParser) decode(h textproto.MIMEHeader, body io.Reader) ([]byte, error) {
	r := transferDecoder(h, body)
	left := emlMaxBytes - *p.spent
	data, err := io.ReadAll(io.LimitReader(r, left+1))
	if err != nil {
		return nil, emlCorrupt(err)
	}
	if int64(len(data)) > left {
		return nil, emlTooLarge(fmt.Sprintf("attachments over %d bytes", emlMaxBytes))
	}
	*p.spent += int64(len(data))
	return data, nil
}

// base64Clean drops the bytes base64.NewDecoder does not skip by itself
// (spaces and tabs some mailers leave at line ends).
type base64Clean struct{ r io.Reader }

func (c *base64Clean) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	out := b[:0]
	for _, ch := range b[:n] {
		if ch != ' ' && ch != '\t' {
			out = append(out, ch)
		}
	}
	return len(out), err
}

// attachmentName decides whether a leaf part is an attachment and names it.
// A part marked "attachment" is one; so is a part with a file name that is
// not a text body. A picture embedded in an HTML body (a part with a
// Content-ID in multipart/related, such as a signature logo) is not, unless
// it is marked as an attachment.
func attachmentName(h textproto.MIMEHeader, mediaType, parent string) (string, bool) {
	disp, dparams := parseMediaType(h.Get("Content-Disposition"))
	_, cparams := parseMediaType(h.Get("Content-Type"))
	name := fileName(dparams["filename"], h.Get("Content-Disposition"), "filename")
	if name == "" {
		name = fileName(cparams["name"], h.Get("Content-Type"), "name")
	}
	switch {
	case disp == "attachment":
		return name, true
	case name == "", mediaType == "text/plain", mediaType == "text/html":
		return "", false
	case parent == "multipart/related" && h.Get("Content-ID") != "":
		return "", false
	}
	return name, true
}

// parseMediaType parses a Content-Type or Content-Disposition value, lower-cased;
// a value the parser refuses still gives its leading token.
func parseMediaType(v string) (string, map[string]string) {
	mt, params, err := mime.ParseMediaType(v)
	if err != nil && mt == "" {
		mt, _, _ = strings.Cut(v, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	if params == nil {
		params = map[string]string{}
	}
	return mt, params
}

// looseParam finds key="value" (or key=value) in a header the MIME parser
// refused, as mailers write unquoted names with spaces.
func looseParam(header, key string) string {
	re := regexp.MustCompile(`(?i)(?:^|;)\s*` + regexp.QuoteMeta(key) + `\s*=\s*("([^"]*)"|[^;]*)`)
	m := re.FindStringSubmatch(header)
	if m == nil {
		return ""
	}
	if strings.HasPrefix(m[1], `"`) {
		return m[2]
	}
	return strings.TrimSpace(m[1])
}

// fileName cleans a file name: RFC 2231 is undone by the MIME parser, RFC
// 2047 encoded words (which many mailers use in names) here; any folder part
// is dropped, so a name can never point outside wherever it is used.
func fileName(parsed, header, key string) string {
	name := parsed
	if name == "" {
		name = looseParam(header, key)
	}
	name = decodeHeader(name)
	// Control characters are no part of a file name; dropped here rather
	// than shown escaped (textsafe writes \xNN), whose backslash would read
	// as a folder separator on Windows.
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return -1
		}
		return r
	}, name)
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "." || name == "/" || name == ".." {
		return ""
	}
	return strings.TrimSpace(name)
}

// decodeHeader undoes RFC 2047 encoded words; a charset it cannot read
// leaves the text as it was.
func decodeHeader(s string) string {
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	out, err := dec.DecodeHeader(s)
	if err != nil {
		return s
	}
	return out
}

// charsetReader reads the single-byte Western charsets Windows mailers use
// (windows-1252 and ISO 8859-15 besides the ISO 8859-1 Go reads itself).
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "windows-1252", "cp1252", "iso-8859-15", "latin-9":
		raw, err := io.ReadAll(input)
		if err != nil {
			return nil, err
		}
		var sb strings.Builder
		for _, b := range raw {
			sb.WriteRune(cp1252(b))
		}
		return strings.NewReader(sb.String()), nil
	}
	return nil, errors.New("unsupported charset " + strconv.Quote(charset))
}

var cp1252High = []rune("€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ")

// cp1252 maps a windows-1252 byte to its rune (the 0x80-0x9F block differs
// from Latin-1: curly quotes, dashes, the euro sign).
func cp1252(b byte) rune {
	if b >= 0x80 && b <= 0x9f {
		return cp1252High[b-0x80]
	}
	return rune(b)
}

func emlCorrupt(err error) error {
	return rejectIntake(fmt.Errorf("%w: %v", model.ErrCorrupt, err),
		"the e-mail file is damaged or incomplete, so its attachments cannot be read",
		"Save the e-mail again (or save its attachment itself into the folder)")
}

func emlTooLarge(what string) error {
	return rejectIntake(fmt.Errorf("%w: e-mail %s", model.ErrTooLarge, what),
		"the e-mail is far larger or more deeply nested than any real message, so it was not read",
		"Save the attachment itself into the folder")
}
