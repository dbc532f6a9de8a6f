package model

import (
	"errors"
	"fmt"
)

// Stage names where in the pipeline an InputError arose.
type Stage string

// The stages that can refuse a submission.
const (
	StageIntake  Stage = "intake"
	StageExtract Stage = "extract"
)

// InputError is a submission that cannot be used, told so a person can act:
// what is wrong (Detail) and what to do about it (Hint). Err, when set, is
// the underlying cause for logs and errors.Is; it is never shown alone.
type InputError struct {
	File   string
	Stage  Stage
	Detail string
	Hint   string
	Err    error
}

func (e *InputError) Error() string {
	msg := e.Detail
	if e.Hint != "" {
		msg += ". " + e.Hint
	}
	if e.File != "" {
		return fmt.Sprintf("%s: %s", e.File, msg)
	}
	return msg
}

// Reason is the message without the file name, for a "reason" field.
func (e *InputError) Reason() string {
	if e.Hint == "" {
		return e.Detail
	}
	return e.Detail + ". " + e.Hint
}

func (e *InputError) Unwrap() error { return e.Err }

// Sentinel causes, so callers and tests can use errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrCorrupt     = errors.New("corrupt or truncated file")
	ErrEncrypted   = errors.New("password-protected")
	ErrNoText      = errors.New("no text layer")
	ErrNotADoc     = errors.New("not a document")
	ErrLegacyDoc   = errors.New("legacy Word 97-2003 document")
	ErrUnsupported = errors.New("unsupported format")
	ErrTooLarge    = errors.New("exceeds a safety limit")
	// ErrUnreadable: the file could not be read at all (permission denied,
	// removed or renamed while the run read the folder, not a regular file).
	ErrUnreadable = errors.New("cannot be read")
)

// Reject builds an InputError for the extract stage with a cause.
func Reject(cause error, detail, hint string) *InputError {
	return &InputError{Stage: StageExtract, Detail: detail, Hint: hint, Err: cause}
}

// Cause names which sentinel cause an error wraps, as a stable word for
// JSON and for what to ask of the agency: "empty", "corrupt", "encrypted",
// "no_text", "not_a_document", "legacy_doc", "unsupported", "too_large",
// "unreadable"; "" for none of them.
func Cause(err error) string {
	for _, c := range []struct {
		err  error
		name string
	}{
		{ErrEmpty, "empty"}, {ErrCorrupt, "corrupt"}, {ErrEncrypted, "encrypted"}, {ErrNoText, "no_text"},
		{ErrNotADoc, "not_a_document"}, {ErrLegacyDoc, "legacy_doc"}, {ErrUnsupported, "unsupported"},
		{ErrTooLarge, "too_large"}, {ErrUnreadable, "unreadable"},
	} {
		if errors.Is(err, c.err) {
			return c.name
		}
	}
	return ""
}

// WithFile returns err with File set when it is an InputError that lacks
// one (a copy; the original is left alone), and err itself otherwise.
func WithFile(err error, name string) error {
	var ie *InputError
	if errors.As(err, &ie) && ie.File == "" {
		c := *ie
		c.File = name
		return &c
	}
	return err
}
