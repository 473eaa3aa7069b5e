//go:build unix

package main

import (
	"os"
	"syscall"
)

// umask is the process's umask. Read once, at start, before any goroutine
// could create a file while it is cleared.
var umask = func() os.FileMode {
	u := syscall.Umask(0)
	syscall.Umask(u)
	return os.FileMode(u)
}()

// outputMode is the mode of the outputs a build writes: read and write for
// whom the umask lets, as a file os.Create makes.
var outputMode = 0o666 &^ umask
