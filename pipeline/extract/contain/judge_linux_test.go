package contain

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A reader that dies at its memory limit is refused for memory whichever
// way the Go runtime words it, including a thread it could not start
// (ENOMEM, or glibc's pthread_create failing to map its stack); the
// runtime's own thread failure with another errno is not memory.
func TestJudgeReadsEveryOutOfMemory(t *testing.T) {
	exit := exec.Command("false").Run()
	var ee *exec.ExitError
	if !errors.As(exit, &ee) {
		t.Skip("no false command")
	}
	cases := []struct {
		stderr string
		memory bool
	}{
		{"fatal error: runtime: out of memory\n", true},
		{"fatal error: runtime: cannot allocate memory\n", true},
		{"runtime: failed to create new OS thread (have 7 already; errno=12)\nfatal error: newosproc\n", true},
		{"runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort\n", true},
		{"runtime: failed to create new OS thread (have 7 already; errno=11)\nruntime: may need to increase max user processes (ulimit -u)\nfatal error: newosproc\n", false},
		{"panic: a parser's own goroutine panics\n", false},
	}
	for _, c := range cases {
		err := judge(exit, c.stderr, nil)
		isMemory := errors.Is(err, model.ErrTooLarge) && strings.Contains(err.Error(), "memory")
		if isMemory != c.memory {
			t.Errorf("stderr %q: got %v, want a refusal for memory: %v", c.stderr, err, c.memory)
		}
	}
}
