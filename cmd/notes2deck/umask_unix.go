//go:build unix

package main

import (
	"os"
	"syscall"
)

// outputMode is the mode of the outputs a build writes: read and write for
// whom the umask lets, as a file os.Create makes. Read once, at start, before
// any goroutine could create a file while it is cleared.
var outputMode = func() os.FileMode {
	u := syscall.Umask(0)
	syscall.Umask(u)
	return 0o666 &^ os.FileMode(u)
}()
