package intake

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
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
		return []Submission{{Source: model.Source{Path: f.Path, Received: f.ModTime.UTC()}, Err: f.Refused}}
	}
	path := f.Path
	data, info, err := readBounded(path, opt.MaxBytes)
	src := model.Source{Path: path}
	if info != nil {
		src.Size, src.Received = info.Size(), info.ModTime().UTC()
	}
	if err != nil {
		return []Submission{{Source: src, Err: model.WithFile(err, path)}}
	}
	return FromBytes(ctx, path, src.Received, data)
}

// FromBytes makes the Submissions of a file already in memory; name is its
// path (used in messages and to spot lock files), received its arrival time.
func FromBytes(ctx context.Context, name string, received time.Time, data []byte) []Submission {
	return fromBytes(ctx, name, received, data, 0)
}

func fromBytes(ctx context.Context, name string, received time.Time, data []byte, depth int) []Submission {
	src := model.Source{Path: name, Size: int64(len(data)), SHA256: hashOf(data), Received: received}
	format, err := Sniff(filepath.Base(name), data)
	src.Format = format
	if err == nil && format == model.FormatEML {
		return readEmail(ctx, src, data, depth)
	}
	if errors.Is(err, model.ErrLegacyDoc) {
		data, err = ConvertDOC(ctx, data)
	}
	if err != nil {
		return []Submission{{Source: src, Err: model.WithFile(err, name)}}
	}
	return []Submission{{Source: src, Data: data}}
}

// readEmail gives the documents attached to a saved e-mail, each with the
// e-mail's path, the attachment's name and the e-mail's date as received.
func readEmail(ctx context.Context, src model.Source, data []byte, depth int) []Submission {
	if depth >= maxNestedMail {
		return []Submission{{Source: src, Err: model.WithFile(rejectIntake(model.ErrTooLarge,
			"an e-mail attached to an e-mail, nested deeper than any real message",
			"Save the statement itself from the innermost e-mail into the folder"), src.Path)}}
	}
	msg, err := ParseEML(data)
	if err != nil {
		return []Submission{{Source: src, Err: model.WithFile(err, src.Path)}}
	}
	received := src.Received
	if !msg.Date.IsZero() {
		received = msg.Date.UTC()
	}
	var out []Submission
	for _, a := range msg.Attachments {
		for _, s := range fromBytes(ctx, a.Name, received, a.Data, depth+1) {
			s.Source.Path, s.Source.Attachment = src.Path, nestedName(a.Name, s.Source.Attachment)
			s.From, s.Subject, s.Sent = msg.From, msg.Subject, msg.Date
			out = append(out, s)
		}
	}
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
