package contain

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline/extract"
)

const childSupported = true

// serve is the child: reads requests from stdin, one file each, until the
// parent closes it; for each it reads the file and writes its steps and
// reply to stdout. The first request sets the memory limit, which holds
// for the life of the process; each request sets a CPU allowance of its
// own. The exit code is 0 when stdin ended after whole requests.
func serve(build func(extract.Limits) extract.Registry) int {
	exitOnCPULimit()
	in := gob.NewDecoder(bufio.NewReader(os.Stdin))
	out := &frames{enc: gob.NewEncoder(os.Stdout)}
	var reg extract.Registry
	var regLim extract.Limits
	for n := 0; ; n++ {
		var req request
		if err := in.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return 0
			}
			fmt.Fprintln(os.Stderr, "reader: request:", err)
			return 1
		}
		if n == 0 {
			if err := limitMemory(req.Memory); err != nil {
				fmt.Fprintln(os.Stderr, "reader: limits:", err)
				return 1
			}
		}
		if err := limitCPU(req.CPU); err != nil {
			fmt.Fprintln(os.Stderr, "reader: limits:", err)
			return 1
		}
		if reg == nil || req.Limits != regLim {
			reg, regLim = build(req.Limits), req.Limits
		}
		rep := readOne(reg, &req, out)
		if err := out.reply(rep); err != nil {
			fmt.Fprintln(os.Stderr, "reader: reply:", err)
			return 1
		}
		if rep.Retire {
			return 0
		}
	}
}

// readOne reads the file of req, passing its steps on as frames.
func readOne(reg extract.Registry, req *request, out *frames) reply {
	data := req.Data
	req.Data = nil
	ctx := progress.WithSteps(context.Background(), out.step)
	before := runtime.NumGoroutine()
	doc, err := reg.Extract(ctx, req.Format, data, req.Limits)
	rep := toReply(doc, err)
	rep.Retire = err != nil || leftOver(before)
	return rep
}

// leftOver says whether goroutines started by the read outlive it (a
// reader abandoned at its deadline keeps working): such a process must
// not read the next file. A goroutine still ending gets a moment.
func leftOver(before int) bool {
	for range 5 {
		if runtime.NumGoroutine() <= before {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
	return true
}

// frames writes the child's messages; steps may come from several
// goroutines of one reader.
type frames struct {
	mu  sync.Mutex
	enc *gob.Encoder
}

func (f *frames) step(_, what string, page, pages int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.enc.Encode(frame{Step: &step{What: what, Page: page, Pages: pages}}) // a lost step is only a quieter screen
}

func (f *frames) reply(r reply) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.enc.Encode(frame{Reply: &r})
}

// limitMemory sets the hard limit the kernel enforces on this process's
// data segment (the Go heap's mappings count). The Go heap never gives its
// mappings back, so the limit bounds the largest file's needs, not the
// sum over the files read; the collector is told to work harder well
// inside it, so a large file is collected before it is refused.
func limitMemory(mem int64) error {
	if mem <= 0 {
		mem = DefaultMemory
	}
	data := &syscall.Rlimit{Cur: uint64(mem), Max: uint64(mem)}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, data); err != nil {
		return err
	}
	debug.SetMemoryLimit(mem / 2)
	return nil
}

// cpuLimitReached is what the child says on stderr when it stops at its
// CPU allowance; the parent refuses the file as too slow.
const cpuLimitReached = "reader: CPU time limit reached"

// exitOnCPULimit ends the process at SIGXCPU: the Go runtime ignores the
// signal unless it is asked for, and the soft limit that sends it is the
// one that can move from file to file.
func exitOnCPULimit() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGXCPU)
	go func() {
		<-c
		fmt.Fprintln(os.Stderr, cpuLimitReached)
		os.Exit(3)
	}()
}

// limitCPU allows this file cpu more seconds than the process has used so
// far: past them the kernel sends SIGXCPU, which ends the process. Only
// the soft limit moves (a process may raise it again up to the hard
// limit, not the hard limit itself), so it can be moved for the next file.
func limitCPU(cpu time.Duration) error {
	if cpu <= 0 {
		return nil
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return err
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_CPU, &lim); err != nil {
		return err
	}
	used := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	lim.Cur = min(uint64((used+cpu)/time.Second)+1, lim.Max)
	return syscall.Setrlimit(syscall.RLIMIT_CPU, &lim)
}
