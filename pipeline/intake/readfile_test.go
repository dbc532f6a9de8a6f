package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func onlyErr(t *testing.T, subs []Submission) *model.InputError {
	t.Helper()
	if len(subs) != 1 || subs[0].Err == nil {
		t.Fatalf("want one rejected submission, got %+v", subs)
	}
	var ie *model.InputError
	if !errors.As(subs[0].Err, &ie) {
		t.Fatalf("error %v is not an InputError", subs[0].Err)
	}
	return ie
}

func TestReadRejectsWhatIsNotAStatementFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "statement.docx")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	big := filepath.Join(dir, "big.pdf")
	if err := os.WriteFile(big, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path, want string
		cause      error
	}{
		{fifo, "not an ordinary file but a pipe (FIFO)", model.ErrUnreadable},
		{dir, "not an ordinary file but a folder", model.ErrUnreadable},
		{filepath.Join(dir, "gone.docx"), "removed or renamed while reportpipe was reading", model.ErrUnreadable},
		{big, "the file is 0 MB, far larger than any statement", model.ErrTooLarge},
	}
	for _, c := range cases {
		ie := onlyErr(t, Read(t.Context(), c.path, ReadOptions{MaxBytes: 1024}))
		if !strings.Contains(ie.Detail, c.want) || !errors.Is(ie, c.cause) || ie.File != c.path || ie.Hint == "" {
			t.Errorf("%s: %+v, want detail %q, cause %v, the file named and a hint", c.path, ie, c.want, c.cause)
		}
	}
}

func TestOpenFailureSaysWhatToDo(t *testing.T) {
	cases := []struct {
		err        error
		want, hint string
	}{
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}, "permission denied", "permissions"},
		{&fs.PathError{Op: "open", Path: "x", Err: fs.ErrNotExist}, "removed or renamed", "Run again"},
		{&fs.PathError{Op: "read", Path: "x", Err: syscall.EIO}, "cannot be read (input/output error)", "Save it again"},
	}
	for _, c := range cases {
		var ie *model.InputError
		if !errors.As(openFailure(c.err), &ie) || !strings.Contains(ie.Detail, c.want) || !strings.Contains(ie.Hint, c.hint) ||
			!errors.Is(ie, model.ErrUnreadable) {
			t.Errorf("%v: got %+v, want %q with hint %q", c.err, ie, c.want, c.hint)
		}
	}
}

// An e-mail attached to an e-mail is opened, up to a depth no real
// message reaches; deeper is a rejection, not a read without end.
func TestNestedEmailDepthIsBounded(t *testing.T) {
	inner := []byte("not a statement, but text\n")
	name := "statement.docx"
	for level := 0; level < maxNestedMail+1; level++ {
		inner = []byte(fmt.Sprintf("From: a@b.example\r\nSubject: fwd %d\r\nMIME-Version: 1.0\r\n"+
			"Content-Type: multipart/mixed; boundary=B%d\r\n\r\n--B%d\r\nContent-Type: application/octet-stream\r\n"+
			"Content-Disposition: attachment; filename=\"%s\"\r\n\r\n%s\r\n--B%d--\r\n", level, level, level, name, inner, level))
		name = fmt.Sprintf("fwd%d.eml", level)
	}
	subs := FromBytes(t.Context(), "deep.eml", time.Now(), inner)
	ie := onlyErr(t, subs)
	if !strings.Contains(ie.Detail, "nested deeper than any real message") {
		t.Errorf("got %+v, want the nesting refused", ie)
	}
}
