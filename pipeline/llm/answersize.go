package llm

import (
	"errors"
	"fmt"
	"io"
	"net/http"
)

// DefaultMaxAnswerBytes bounds one answer when Settings.MaxAnswerBytes is
// unset: a block-label answer for the longest statement is tens of
// kilobytes, so 2 MB is generous, while an endless answer is cut off long
// before it could fill the memory.
const DefaultMaxAnswerBytes = 2 << 20

// AnswerTooLargeError says the server's answer passed the size bound; the
// rest of it was not read.
type AnswerTooLargeError struct{ Limit int64 }

func (e *AnswerTooLargeError) Error() string {
	return fmt.Sprintf("it was longer than llm.max_answer_bytes (%d bytes), so the rest was not read; raise that setting only if a real answer is this long", e.Limit)
}

// boundBody makes resp's body refuse to give more than limit bytes. A
// Content-Length over the limit is refused before anything is read.
func boundBody(resp *http.Response, limit int64) (*http.Response, error) {
	if resp.ContentLength > limit {
		resp.Body.Close()
		return nil, &AnswerTooLargeError{Limit: limit}
	}
	resp.Body = &boundedBody{rc: resp.Body, left: limit, limit: limit}
	return resp, nil
}

// boundedBody reads at most limit bytes of an answer; one byte more is an
// *AnswerTooLargeError, which the JSON decoder reading it returns as is, so
// the answer is dropped after at most limit bytes were held.
type boundedBody struct {
	rc          io.ReadCloser
	left, limit int64
}

func (b *boundedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, &AnswerTooLargeError{Limit: b.limit}
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1] // one byte past the limit tells "more" from "exactly"
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n + int(b.left), &AnswerTooLargeError{Limit: b.limit}
	}
	return n, err
}

func (b *boundedBody) Close() error { return b.rc.Close() }

// tooLarge reports whether err is an answer over the bound.
func tooLarge(err error) bool {
	_, ok := errors.AsType[*AnswerTooLargeError](err)
	return ok
}
