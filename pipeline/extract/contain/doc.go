// Package contain reads each file where a bad one can be stopped: in a
// child process of reportpipe itself, under operating-system limits on
// memory and CPU time and a wall-clock deadline, killed (with everything it
// started) on overrun. A Go goroutine cannot be killed, so a parser that
// loops without looking at its context (ledongthuc/pdf's xref /Prev chain)
// or balloons (a flate bomb) is only contained by a process boundary, as
// Apache Tika's ForkParser and Chromium's PDF reader do.
//
// A reader process reads file after file (a process start costs more than
// most files): each file has its own deadline and CPU allowance under the
// process's memory limit, and a process that fails or overruns is killed
// and replaced; one whose file was refused, or whose reader left work
// running, ends after its answer; the idle ones are stopped by Release. The slow steps of a
// file (OCR's pages) come back on the pipe before its answer, for the
// parent's progress listener.
//
// The binary opts in by calling Main at the very start of main (and of
// TestMain in test binaries that read files): in the child it serves
// requests until its stdin closes and exits; in the parent it marks child
// reading as available.
// Where it is not available (a test binary without TestMain, Windows) the
// Runner reads in process inside the registry's own safety net.
package contain
