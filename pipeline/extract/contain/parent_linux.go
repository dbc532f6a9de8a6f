package contain

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxAnswer bounds what one file's answer may hold, so a child cannot make
// the parent hold an endless one.
const maxAnswer = 512 << 20

// child is one reader process of this executable, reused for file after
// file. Its whole process group (OCR's tesseract and pdftoppm included) is
// killed when it is stopped, so nothing it started keeps running; its
// temporary files live in a folder of its own, removed then.
type child struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *gob.Encoder
	dec    *gob.Decoder
	answer *budget
	stderr *capped
	tmp    string
	uses   int
}

// start starts a reader process.
func (r *Runner) start() (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", TempPrefix+"*")
	if err != nil {
		return nil, err
	}
	c := &child{tmp: tmp, stderr: &capped{max: 8 << 10}}
	c.cmd = exec.Command(exe)
	c.cmd.Env = append(os.Environ(), envChild+"=1", "TMPDIR="+tmp)
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	c.cmd.Stderr = c.stderr
	c.cmd.WaitDelay = time.Second
	if c.stdin, err = c.cmd.StdinPipe(); err == nil {
		var out io.ReadCloser
		if out, err = c.cmd.StdoutPipe(); err == nil {
			c.answer = &budget{r: out}
			c.dec = gob.NewDecoder(bufio.NewReader(c.answer))
			err = c.cmd.Start()
		}
	}
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	c.enc = gob.NewEncoder(c.stdin)
	r.mu.Lock()
	r.stats.Children++
	r.mu.Unlock()
	return c, nil
}

// read sends one file to the child and waits for its answer, passing the
// child's steps on under ctx. ok is false when the child must not be used
// again (it died, overran or was stopped): it has been stopped then.
func (r *Runner) read(ctx context.Context, c *child, req request, deadline time.Duration) (doc *model.Document, err error, ok bool) {
	c.uses++
	c.stderr.Reset()
	c.answer.left = maxAnswer
	done := make(chan error, 1)
	var rep reply
	go func() { done <- c.exchange(ctx, req, &rep) }()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case err := <-done:
		if err == nil {
			doc, err := rep.result()
			if rep.Retire {
				r.stop(c, "")
			}
			return doc, err, !rep.Retire
		}
		waitErr := r.stop(c, "")
		return nil, judge(waitErr, c.stderr.String(), err), false
	case <-timer.C:
		r.stop(c, "deadline")
		return nil, tooSlow(), false
	case <-ctx.Done(): // the run was stopped (Ctrl-C): not the file's fault
		r.stop(c, "cancelled")
		return nil, ctx.Err(), false
	}
}

// exchange writes the request and reads frames up to the reply.
func (c *child) exchange(ctx context.Context, req request, rep *reply) error {
	if err := c.enc.Encode(req); err != nil {
		return err // a child that died: Wait says why
	}
	for {
		var f frame
		if err := c.dec.Decode(&f); err != nil {
			return err
		}
		if f.Step != nil {
			progress.Step(ctx, f.Step.What, f.Step.Page, f.Step.Pages)
		}
		if f.Reply != nil {
			*rep = *f.Reply
			return nil
		}
	}
}

// stop kills the child's process group, waits for it, records what it
// cost and removes its temporary folder; killed says why it was stopped
// ("" when it died or was idle). It returns how the child ended.
func (r *Runner) stop(c *child, killed string) error {
	syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
	c.stdin.Close()
	err := c.cmd.Wait()
	rss, cpu := usage(c.cmd.ProcessState)
	r.record(rss, cpu, killed)
	os.RemoveAll(c.tmp)
	return err
}

// judge turns how a child that stopped answering ended into a refusal.
func judge(waitErr error, stderr string, readErr error) error {
	var ee *exec.ExitError
	if errors.As(waitErr, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGXCPU {
			return tooSlow()
		}
	}
	if strings.Contains(stderr, cpuLimitReached) {
		return tooSlow()
	}
	if outOfMemory(stderr) {
		return tooBig()
	}
	if strings.Contains(stderr, "stack exceeds") || strings.Contains(stderr, "stack overflow") {
		return model.Reject(fmt.Errorf("%w: nesting too deep for the reader", model.ErrTooLarge),
			"the file is nested far more deeply than any statement, so it could not be read",
			"Ask the agency to save it again from the program that made it")
	}
	if errors.Is(readErr, errAnswerTooLong) {
		return tooBig()
	}
	why := firstLine(stderr)
	if why == "" && readErr != nil {
		why = readErr.Error()
	}
	return model.Reject(fmt.Errorf("%w: the reader stopped: %v: %s", model.ErrCorrupt, waitErr, why),
		"the file is damaged or not what its name says, so it could not be read",
		"Ask the agency to save it again and resend it")
}

// outOfMemory reports whether a reader's last words say it met its memory
// limit. The Go runtime says so in more than one way: a heap that cannot
// grow ("out of memory", "cannot allocate memory"), or a thread it could
// not start because the thread's stack could not be mapped under the limit
// (the collector's workers start late, more so on a busy machine): with
// cgo, glibc's "pthread_create failed: Resource temporarily unavailable";
// without, "failed to create new OS thread (... errno=12)", ENOMEM. Read as
// damage, such a file was refused with the wrong reason.
func outOfMemory(stderr string) bool {
	return strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory") ||
		strings.Contains(stderr, "pthread_create failed") ||
		strings.Contains(stderr, "failed to create new OS thread") && strings.Contains(stderr, "errno=12")
}

func usage(ps *os.ProcessState) (int64, time.Duration) {
	if ps == nil {
		return 0, 0
	}
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, 0
	}
	return ru.Maxrss << 10, ps.UserTime() + ps.SystemTime()
}
