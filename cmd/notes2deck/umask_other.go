//go:build !unix

package main

import "os"

// outputMode is the mode of the outputs a build writes.
const outputMode os.FileMode = 0o644
