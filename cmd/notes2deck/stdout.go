package main

import (
	"io"
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
