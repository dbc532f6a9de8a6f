package contain

import (
	"bufio"
	"context"
	"encoding/gob"
	"fmt"
	"os"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
)

const childSupported = true

// serve is the child: limits itself, reads one request from stdin, reads
// the file and writes the reply to stdout. The exit code is 0 whenever a
// reply was written, whatever it says.
func serve(build func(extract.Limits) extract.Registry) int {
	var req request
	if err := gob.NewDecoder(bufio.NewReader(os.Stdin)).Decode(&req); err != nil {
		fmt.Fprintln(os.Stderr, "reader: request:", err)
		return 1
	}
	mem := req.Memory
	if mem <= 0 {
		mem = DefaultMemory
	}
	if err := limitSelf(mem, req.CPU); err != nil {
		fmt.Fprintln(os.Stderr, "reader: limits:", err)
		return 1
	}
	// Keep the heap well inside the hard limit: the collector works harder
	// before the operating system refuses memory.
	debug.SetMemoryLimit(mem / 2)
	data := req.Data
	req.Data = nil
	doc, err := build(req.Limits).Extract(context.Background(), req.Format, data, req.Limits)
	data = nil
	if err := gob.NewEncoder(os.Stdout).Encode(toReply(doc, err)); err != nil {
		fmt.Fprintln(os.Stderr, "reader: reply:", err)
		return 1
	}
	return 0
}

// limitSelf sets the hard limits the kernel enforces on this process: its
// data segment (the Go heap's mappings count) and its CPU seconds.
func limitSelf(mem int64, cpu time.Duration) error {
	data := &syscall.Rlimit{Cur: uint64(mem), Max: uint64(mem)}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, data); err != nil {
		return err
	}
	if cpu <= 0 {
		return nil
	}
	secs := uint64(cpu/time.Second) + 1
	return syscall.Setrlimit(syscall.RLIMIT_CPU, &syscall.Rlimit{Cur: secs, Max: secs + 1})
}
