package main

import (
	"os"
	"runtime/debug"
)

// version is stamped at build time with -ldflags "-X main.version=…".
var version = "dev"

// memoryLimit is the soft limit on the Go heap that notes2deck sets unless
// GOMEMLIMIT sets one: near it the garbage collector works harder instead of
// letting the heap double, which keeps a build of 100,000 items (140k cards)
// at ~740 MiB instead of ~880 MiB, for ~5% more time (BENCHMARKS.md).
// Smaller builds never reach it; one that needs more memory still gets it.
const memoryLimit = 720 << 20

// gcPercent is the garbage collector's GOGC that notes2deck sets unless GOGC
// sets one: the heap may grow 75% past what the last collection found live,
// not 100%. A build of 10,000 items (14k cards) peaks at ~113 MiB instead of
// ~120 MiB, for ~3% more CPU; bigger builds run into memoryLimit anyway.
const gcPercent = 75

func main() {
	catchStopSignals(os.Stderr)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	quietBrokenPipe()
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
