package intake

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/textsafe"
	"path/filepath"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Submission is one document offered for extraction: a file, or one
// attachment of a saved e-mail. Exactly one of Data and Err is set: Err is
// a *model.InputError saying in plain English why it cannot be used.
type Submission struct {
	Source model.Source
	Data   []byte
	Err    error
	// From, Subject and Sent are the e-mail's sender, subject line and
	// Date header when the document came from an e-mail.
	From, Subject string
	Sent          time.Time
}

// ReadOptions bound what intake reads of one file.
type ReadOptions struct {
	// MaxBytes is the largest file read; a larger one is rejected unread.
	MaxBytes int64
}

// maxNestedMail bounds e-mails attached to e-mails: each level is opened
// again, so a message nested without end would cost without end.
const maxNestedMail = 4

// nesting is where a document sits inside one submitted file: how many
// e-mail files enclose it, how deep in their MIME trees (one depth for
// parts, forwards and attached e-mails together, bounded by emlMaxDepth),
// and the decoded bytes all of them have cost (one budget, emlMaxBytes).
type nesting struct {
	files, depth int
	spent        *int64
}

// Read reads the submission at path once, within opt, and returns its
// documents: one for a file, one per attachment for a saved e-mail. Every
// problem with the file (it cannot be opened, vanished, is not a regular
// file, is too large, is not a statement) is a Submission with Err: never an
// error that stops a run.
func Read(ctx context.Context, path string, opt ReadOptions) []Submission {
	return ReadFile(ctx, File{Path: path}, opt)
}

// ReadFile is Read for a File that Scan listed: one it refused is not read.
func ReadFile(ctx context.Context, f File, opt ReadOptions) []Submission {
	if f.Refused != nil {
		return []Submission{{Source: model.Source{Path: textsafe.Name(f.Path), Received: f.ModTime.UTC()}, Err: f.Refused}}
	}
	path := f.Path
	data, info, err := readBounded(path, opt.MaxBytes)
	src := model.Source{Path: textsafe.Name(path)}
	if info != nil {
		src.Size, src.Received = info.Size(), info.ModTime().UTC()
	}
	if err != nil {
		return []Submission{{Source: src, Err: model.WithFile(err, src.Path)}}
	}
	return FromBytes(ctx, path, src.Received, data)
}

// FromBytes makes the Submissions of a file already in memory; name is its
// path (used in messages and to spot lock files), received its arrival time.
func FromBytes(ctx context.Context, name string, received time.Time, data []byte) []Submission {
	return fromBytes(ctx, name, received, data, nesting{spent: new(int64)})
}

func fromBytes(ctx context.Context, name string, received time.Time, data []byte, at nesting) []Submission {
	// The name every output shows: no raw newline, tab or bidi control
	// from a hostile file name reaches a terminal, a page or the draft.
	src := model.Source{Path: textsafe.Name(name), Size: int64(len(data)), SHA256: hashOf(data), Received: received}
	format, err := Sniff(filepath.Base(name), data)
	src.Format = format
	if err == nil && format == model.FormatEML {
		return readEmail(ctx, src, data, at)
	}
	if errors.Is(err, model.ErrLegacyDoc) {
		data, err = ConvertDOC(ctx, data)
	}
	if err != nil {
		return []Submission{{Source: src, Err: model.WithFile(err, src.Path)}}
	}
	return []Submission{{Source: src, Data: data}}
}

// readEmail gives the documents attached to a saved e-mail, each with the
// e-mail's path, the attachment's name and the e-mail's date as received.
//
// Each attachment's bytes are let go once its documents are made, so an
// e-mail nested in an e-mail does not keep every level in memory.
func readEmail(ctx context.Context, src model.Source, data []byte, at nesting) []Submission {
	if at.files >= maxNestedMail {
		return []Submission{{Source: src, Err: model.WithFile(rejectIntake(model.ErrTooLarge,
			"an e-mail attached to an e-mail, nested deeper than any real message",
			"Save the statement itself from the innermost e-mail into the folder"), src.Path)}}
	}
	msg, depths, err := parseEML(data, at.spent, at.depth)
	if err != nil {
		return []Submission{{Source: src, Err: model.WithFile(err, src.Path)}}
	}
	received := src.Received
	if !msg.Date.IsZero() {
		received = msg.Date.UTC()
	}
	var out []Submission
	seen := map[string]bool{}
	for i := range msg.Attachments {
		name, body := uniqueName(msg.Attachments[i].Name, seen), msg.Attachments[i].Data
		msg.Attachments[i].Data = nil // body is the only holder left, and it is passed on
		inner := nesting{files: at.files + 1, depth: depths[i] + 1, spent: at.spent}
		for _, s := range fromBytes(ctx, name, received, body, inner) {
			s.Source.Path, s.Source.Attachment = src.Path, nestedName(name, s.Source.Attachment)
			s.From, s.Subject, s.Sent = msg.From, msg.Subject, msg.Date
			out = append(out, s)
		}
	}
	return out
}

// uniqueName gives the second attachment of one name in an e-mail the name
// a mail program gives it when both are saved to one folder ("A (2).docx"),
// so the two can be told apart in every message and in agencies[].use.
func uniqueName(name string, seen map[string]bool) string {
	out := name
	ext := filepath.Ext(name)
	for n := 2; seen[strings.ToLower(out)]; n++ {
		out = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), n, ext)
	}
	seen[strings.ToLower(out)] = true
	return out
}

// nestedName names a document inside an e-mail: the attachment, and
// for an e-mail attached to it, the attachment inside that too.
func nestedName(outer, inner string) string {
	if inner == "" {
		return outer
	}
	return outer + "/" + inner
}

func hashOf(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
