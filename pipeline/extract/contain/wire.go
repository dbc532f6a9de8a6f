package contain

import (
	"encoding/gob"
	"errors"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// request is what the parent sends the child on stdin, one per file; a
// reader process reads file after file from the same stream.
type request struct {
	Format model.Format
	Limits extract.Limits
	Data   []byte
	Memory int64         // the child's data-segment limit in bytes
	CPU    time.Duration // the child's CPU-time limit
}

// frame is one message from the child on stdout: a slow step of the file
// being read (an OCR page), any number of them, then its reply.
type frame struct {
	Step  *step
	Reply *reply
}

// step is a progress.Step of the child, for the parent to pass on under
// its own context (which names the file and the listener).
type step struct {
	What        string
	Page, Pages int
}

// reply is what the child sends back for a file: a document, a refusal of
// the file, or a fault of ours (any other error).
type reply struct {
	Doc    *model.Document
	Reject *refusal
	Fault  string
	// Retire says the child exits after this reply: the file was refused
	// (its reader may have been abandoned at its deadline, still working)
	// or work of the reader outlived the read.
	Retire bool
}

// refusal is an InputError with its sentinel cause by name, since an error
// value does not cross a process boundary.
type refusal struct {
	File, Detail, Hint, Cause string
	Stage                     model.Stage
}

func init() {
	gob.Register(&model.Heading{})
	gob.Register(&model.Paragraph{})
	gob.Register(&model.ListItem{})
	gob.Register(&model.Table{})
	gob.Register(time.Time{})
}

// sentinels are the causes a refusal restores for errors.Is.
var sentinels = []error{model.ErrEmpty, model.ErrCorrupt, model.ErrEncrypted, model.ErrNoText,
	model.ErrNotADoc, model.ErrLegacyDoc, model.ErrUnsupported, model.ErrTooLarge, model.ErrUnreadable}

func toReply(doc *model.Document, err error) reply {
	if err == nil {
		return reply{Doc: doc}
	}
	var ie *model.InputError
	if !errors.As(err, &ie) {
		return reply{Fault: err.Error()}
	}
	r := &refusal{File: ie.File, Stage: ie.Stage, Detail: ie.Detail, Hint: ie.Hint}
	for _, s := range sentinels {
		if errors.Is(ie.Err, s) {
			r.Cause = s.Error()
			break
		}
	}
	return reply{Reject: r}
}

func (r reply) result() (*model.Document, error) {
	switch {
	case r.Reject != nil:
		ie := &model.InputError{File: r.Reject.File, Stage: r.Reject.Stage, Detail: r.Reject.Detail, Hint: r.Reject.Hint}
		ie.Err = errors.New(r.Reject.Detail)
		for _, s := range sentinels {
			if s.Error() == r.Reject.Cause {
				ie.Err = s
			}
		}
		return nil, ie
	case r.Fault != "":
		return nil, errors.New(r.Fault)
	case r.Doc == nil:
		return nil, errors.New("contain: the reader process sent no document")
	}
	return r.Doc, nil
}
