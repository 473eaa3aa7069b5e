package main

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// checkedWriter is standard output as the commands write it: it remembers
// the first write that failed, so that a command whose printed output is
// lost (preview or check redirected to a full disk, a file past its quota)
// fails instead of exiting 0 with the listing cut short or empty.
type checkedWriter struct {
	w   io.Writer
	mu  sync.Mutex
	err error // the first write error
}

// Write writes p to the underlying writer and remembers its error.
func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil {
		c.mu.Lock()
		if c.err == nil {
			c.err = err
		}
		c.mu.Unlock()
	}
	return n, err
}

// failed returns the first write error, nil if every write succeeded.
func (c *checkedWriter) failed() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// stdoutIsANote refuses a command whose standard output w is a regular file
// that is one of the notes of targets: "preview notes > notes/preview.md"
// wrote the listing into a note, which the next build read as one, its
// cards twins of the others in a deck "preview"; "build notes >
// notes/log.md" did so with the status lines.
func stdoutIsANote(w io.Writer, targets []target) error {
	if c, ok := w.(*checkedWriter); ok {
		w = c.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	out, err := f.Stat()
	if err != nil || !out.Mode().IsRegular() {
		return nil
	}
	for _, t := range targets {
		for _, n := range t.files {
			if info, err := os.Stat(n); err == nil && os.SameFile(info, out) {
				return usageError{fmt.Sprintf("standard output is %s, one of the notes this command reads: redirect it to a file outside the notes folder, or not ending in .md (a > redirect has already made or emptied that note)", fileName(n))}
			}
		}
	}
	return nil
}
