package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// stopping routes the stop signals once catchStopSignals has run.
var stopping struct {
	mu      sync.Mutex
	u       *ui    // prints the line, once the command has set up its output
	outputs bool   // the command writes outputs (build, watch)
	quiet   func() // set while watch waits for a change: a signal ends watch, exit 0
	after   func() // set while watch builds: once the build wrote its outputs, a signal ends watch
	base    int    // inflight.commits when that build began
}

// catchStopSignals, called first thing in main, makes Ctrl-C (SIGINT),
// SIGTERM, SIGHUP (a closed terminal) and Ctrl-\ (SIGQUIT, which Go answers
// with a stack trace of every goroutine, exit 2) end any command cleanly,
// from its first instant: the temp files of every open transaction are
// removed, so the outputs and the state file stay as they were, one line on
// stderr says so, and the process exits with 128 + the signal number (130
// for Ctrl-C). A signal that arrives while the outputs are being renamed
// into place waits for the renames to finish. While watch waits for a
// change, or once its build wrote the outputs, a signal only ends the watch
// (see stopQuietly).
func catchStopSignals(stderr io.Writer) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	go func() {
		for sig := range ch {
			stopping.mu.Lock()
			quiet, u, outputs := stopping.quiet, stopping.u, stopping.outputs
			if quiet == nil && stopping.after != nil {
				inflight.mu.Lock() // waits for renames under way
				if inflight.commits > stopping.base {
					quiet = stopping.after
				}
				inflight.mu.Unlock()
			}
			stopping.quiet, stopping.after = nil, nil
			stopping.mu.Unlock()
			if quiet != nil {
				quiet()
				continue
			}
			interrupted(sig, u, outputs, stderr)
		}
	}()
}

// interrupted removes the temp files of every open transaction, prints one
// line, through u when there is one, else to stderr, and exits 128 + sig.
func interrupted(sig os.Signal, u *ui, outputs bool, stderr io.Writer) {
	inflight.mu.Lock() // never released: no file is created or renamed after this
	committed := inflight.committed
	for tx := range inflight.txs {
		tx.discard()
		if tx.dir != "-" {
			removeTemps(tx.dir)
		}
	}
	msg := "notes2deck: interrupted"
	switch {
	case committed:
		msg += " after the outputs were written"
	case outputs:
		msg += "; the outputs were left as they were"
	}
	if u != nil {
		u.errorf("%s", msg)
	} else {
		fmt.Fprintln(stderr, msg)
	}
	code := 130
	if s, ok := sig.(syscall.Signal); ok {
		code = 128 + int(s)
	}
	os.Exit(code)
}

// writesOutputs tells the stop signals' handler that the command writes
// outputs, so that its line says they were left as they were.
func writesOutputs() {
	stopping.mu.Lock()
	stopping.outputs = true
	stopping.mu.Unlock()
}

// interruptsTo makes the stop signals' handler print its line through u,
// which clears the progress bar first.
func interruptsTo(u *ui) {
	stopping.mu.Lock()
	stopping.u = u
	stopping.mu.Unlock()
}

// stopQuietly makes a stop signal call cancel instead of ending the
// process, as watch wants while it waits for a change: a watch stopped
// between builds exits 0. stopLoudly, before each build of watch, undoes
// it, so a signal during a build interrupts it as it interrupts build.
func stopQuietly(cancel func()) {
	stopping.mu.Lock()
	stopping.quiet, stopping.after = cancel, nil
	stopping.mu.Unlock()
}

// stopLoudly makes a stop signal end the process again (see stopQuietly)
// until the build that follows has written its outputs: from then on, with
// nothing left to undo, a signal calls cancel, and watch ends once the build
// is done, exit 0.
func stopLoudly(cancel func()) {
	inflight.mu.Lock()
	base := inflight.commits
	inflight.mu.Unlock()
	stopping.mu.Lock()
	stopping.quiet, stopping.after, stopping.base = nil, cancel, base
	stopping.mu.Unlock()
}

// stopSignals are the signals that end a build or a watch cleanly: Ctrl-C,
// SIGTERM, a closed terminal, and Ctrl-\, whose default in Go is a stack
// trace on the terminal.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// quietBrokenPipe makes a write to a closed pipe on standard output or
// error fail with EPIPE instead of killing the process with SIGPIPE, Go's
// default: "notes2deck build notes | head -1" went on to leave the output
// folder locked, half built, and "preview | head" ended by a signal. The
// command then finishes (a build writes its files) and exits as a reader
// that stopped reading asks (see brokenPipe). The channel is never read:
// notified, the signal no longer kills, and a program it runs still gets
// the default handling.
func quietBrokenPipe() {
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
}

// brokenPipe reports whether err is a write to a pipe whose reader is gone
// ("preview notes.md | head -3"): the reader has what it wanted, so this is
// no error and needs no message, as for git log and grep, which the signal
// ends quietly.
func brokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE)
}
