package llm

import (
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

const hugeAnswer = 300 << 20

// endless streams the start of an answer and then size bytes of content
// without a Content-Length, as a broken or hostile server would, counting
// what it managed to send. It stops when the client hangs up.
func endless(size int64, sent *atomic.Int64) llmtest.Reply {
	return func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if _, err := w.Write([]byte(`{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"`)); err != nil {
			return
		}
		chunk := []byte(strings.Repeat("a", 64<<10))
		for n := int64(0); n < size; n += int64(len(chunk)) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			sent.Add(int64(len(chunk)))
			w.(http.Flusher).Flush()
		}
		_, _ = w.Write([]byte(`"}}]}`))
	}
}

// A 300 MB answer is refused after the bound, without being held in
// memory, and the refusal names the setting.
func TestHugeAnswerIsRefusedWithoutBufferingIt(t *testing.T) {
	var sent atomic.Int64
	c := newTestClient(t, llmtest.NewServer(t, endless(hugeAnswer, &sent)))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := chat(c)
	runtime.ReadMemStats(&after)
	if !tooLarge(err) || !strings.Contains(err.Error(), "llm.max_answer_bytes (2097152 bytes)") {
		t.Fatalf("error %v, want the answer refused by llm.max_answer_bytes", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Errorf("refusing the answer allocated %d MB; it should stop near the 2 MB bound", got>>20)
	}
	if s := sent.Load(); s > 100<<20 {
		t.Errorf("the server sent %d MB before the client hung up", s>>20)
	}
	if c.Sent().Attempts != 1 {
		t.Errorf("an oversized answer was retried: %d attempts", c.Sent().Attempts)
	}
}

// A Content-Length over the bound is refused before the body is read.
func TestAnnouncedHugeAnswerIsRefusedUnread(t *testing.T) {
	reply := func(_ int, _ openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(hugeAnswer))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"id":"x"`))
	}
	c := newTestClient(t, llmtest.NewServer(t, reply))
	if _, err := chat(c); !tooLarge(err) {
		t.Fatalf("error %v, want the answer refused by its length", err)
	}
}

// An answer under a small configured bound still passes; one over it does not.
func TestMaxAnswerBytesIsConfigurable(t *testing.T) {
	f := llmtest.NewServer(t, llmtest.Content(okAnswer))
	s := testSettings(ModeFull, f.BaseURL())
	s.MaxAnswerBytes = 4096
	c, err := NewClient(s, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := chat(c); err != nil || got != okAnswer {
		t.Fatalf("a small answer under a 4 kB bound: %q, %v", got, err)
	}
	s.MaxAnswerBytes = 20
	c, _ = NewClient(s, fastRetry)
	if _, err := chat(c); !tooLarge(err) || !strings.Contains(err.Error(), "(20 bytes)") {
		t.Errorf("error %v, want the 20-byte bound", err)
	}
}

// BenchmarkHugeAnswer measures refusing a 300 MB streamed answer: the
// time per refusal and, with -benchmem, what it allocates.
func BenchmarkHugeAnswer(b *testing.B) {
	var sent atomic.Int64
	c, err := NewClient(testSettings(ModeFull, llmtest.NewServer(b, endless(hugeAnswer, &sent)).BaseURL()), fastRetry)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := chat(c); !tooLarge(err) {
			b.Fatal(err)
		}
	}
}
