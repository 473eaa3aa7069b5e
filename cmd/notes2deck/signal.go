package main

import (
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// onInterrupt makes Ctrl-C (SIGINT), SIGTERM, SIGHUP (a closed terminal)
// and Ctrl-\ (SIGQUIT, which Go answers with a stack trace of every
// goroutine, leaving the temp files behind) end a build cleanly: the temp
// files of every open transaction are removed, so the outputs and the state
// file stay as they were, one line says so, and the process exits with 128
// + the signal number (130 for Ctrl-C). A signal that arrives while the
// outputs are being renamed into place waits for the renames to finish. It
// returns the function that restores the default handling.
func onInterrupt(u *ui) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			inflight.mu.Lock() // never released: no file is created or renamed after this
			committed := inflight.committed
			for tx := range inflight.txs {
				tx.discard()
				if tx.dir != "-" {
					removeTemps(tx.dir)
				}
			}
			if committed {
				u.errorf("notes2deck: interrupted after the outputs were written")
			} else {
				u.errorf("notes2deck: interrupted; the outputs were left as they were")
			}
			code := 130
			if s, ok := sig.(syscall.Signal); ok {
				code = 128 + int(s)
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
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
