package main

import (
	"os"
	"os/signal"
	"syscall"
)

// onInterrupt makes Ctrl-C (SIGINT), SIGTERM and SIGHUP (a closed terminal)
// end a build cleanly: the temp files of every open transaction are removed,
// so the outputs and the state file stay as they were, one line says so, and
// the process exits with 128 + the signal number (130 for Ctrl-C). A signal that arrives while the
// outputs are being renamed into place waits for the renames to finish. It
// returns the function that restores the default handling.
func onInterrupt(u *ui) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
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
