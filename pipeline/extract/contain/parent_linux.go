package contain

import (
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// inChild reads the file in a child process of this executable and kills
// the child's whole process group (OCR's tesseract and pdftoppm included)
// at the deadline, so nothing it started keeps running. The child's
// temporary files live in a folder of its own, removed here whatever
// happened to it.
func (r *Runner) inChild(ctx context.Context, req request, mem int64, deadline time.Duration) (*model.Document, error) {
	exe, err := os.Executable()
	if err != nil {
		return r.inProcess(ctx, req)
	}
	tmp, err := os.MkdirTemp("", TempPrefix+"*")
	if err != nil {
		return r.inProcess(ctx, req)
	}
	defer os.RemoveAll(tmp)
	req.Memory, req.CPU = mem, 2*deadline
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), envChild+"=1", "TMPDIR="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	var out capped
	out.max = 512 << 20
	errOut := capped{max: 8 << 10}
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.WaitDelay = time.Second
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return r.inProcess(ctx, req)
	}
	if err := cmd.Start(); err != nil {
		return r.inProcess(ctx, req)
	}
	go func() {
		gob.NewEncoder(stdin).Encode(req) // a child that died early makes this fail: Wait says why
		stdin.Close()
	}()
	killed, waitErr := waitOrKill(ctx, cmd, deadline)
	rss, cpu := usage(cmd.ProcessState)
	r.record(rss, cpu, killed)
	if ctx.Err() != nil { // the run was stopped (Ctrl-C): not the file's fault
		return nil, ctx.Err()
	}
	return judge(killed, waitErr, &out, errOut.String())
}

// waitOrKill waits for the child; past the deadline it kills its process
// group and says so.
func waitOrKill(ctx context.Context, cmd *exec.Cmd, deadline time.Duration) (string, error) {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case err := <-done:
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // anything the child left behind
		return "", err
	case <-timer.C:
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		return "deadline", <-done
	case <-ctx.Done():
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		return "cancelled", <-done
	}
}

// judge turns how the child ended into the document or a refusal.
func judge(killed string, waitErr error, out *capped, stderr string) (*model.Document, error) {
	if killed == "deadline" {
		return nil, tooSlow()
	}
	if waitErr == nil {
		var rep reply
		if err := gob.NewDecoder(out).Decode(&rep); err != nil {
			return nil, fmt.Errorf("contain: the reader's answer could not be read: %w", err)
		}
		return rep.result()
	}
	var ee *exec.ExitError
	if errors.As(waitErr, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGXCPU {
			return nil, tooSlow()
		}
	}
	if strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory") {
		return nil, tooBig()
	}
	if strings.Contains(stderr, "stack exceeds") || strings.Contains(stderr, "stack overflow") {
		return nil, model.Reject(fmt.Errorf("%w: nesting too deep for the reader", model.ErrTooLarge),
			"the file is nested far more deeply than any statement, so it could not be read",
			"Ask the agency to save it again from the program that made it")
	}
	return nil, model.Reject(fmt.Errorf("%w: the reader stopped: %v: %s", model.ErrCorrupt, waitErr, firstLine(stderr)),
		"the file is damaged or not what its name says, so it could not be read",
		"Ask the agency to save it again and resend it")
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
