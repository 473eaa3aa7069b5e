//go:build !unix

package main

import "os"

// outputMode is the mode of the outputs a build writes.
const outputMode os.FileMode = 0o644

// umask is the mask of the modes of the files a build makes: none here.
const umask os.FileMode = 0
