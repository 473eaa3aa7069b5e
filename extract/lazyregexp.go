package extract

import (
	"regexp"
	"sync"
)

// lazyRegexps holds every expression lazyRegexp made, for the test that
// compiles them all.
var lazyRegexps []func() *regexp.Regexp

// lazyRegexp returns a function that compiles expr on its first call, as
// regexp.MustCompile does, and returns that one *regexp.Regexp on every
// call, from any goroutine. A rule's expression is compiled when a note
// first needs it, not when the program starts: most builds use a few of
// the package's expressions, and compiling them all took a third of the
// instructions of a one-note build.
func lazyRegexp(expr string) func() *regexp.Regexp {
	re := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
	lazyRegexps = append(lazyRegexps, re)
	return re
}
