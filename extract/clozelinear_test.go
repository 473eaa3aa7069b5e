//go:build unix

package extract

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time this process has used, in user and system
// mode: unlike the time on the clock, it does not grow when other jobs
// load the machine.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestClozeNestingLinear parses cloze openings nested in one another, and
// openings never closed before one "}}", at two sizes sixteen times apart:
// the larger must not take more than about sixteen times as long (in CPU
// time, which other jobs on the machine do not inflate). Each
// opening looked for its "}}" from itself to the end, so a paragraph of
// 200,000 nested "{{c1::" (1.2 MB) took 15 s, and a note of them at the
// size limit hours.
func TestClozeNestingLinear(t *testing.T) {
	for name, make := range map[string]func(n int) string{
		"nested":   func(n int) string { return strings.Repeat("{{c1::", n) + "a" + strings.Repeat("}}", n) },
		"unclosed": func(n int) string { return strings.Repeat("{{c1::a {{ ", n) + "}}" },
		"item":     func(n int) string { return "- Term: " + strings.Repeat("{{c1::", n) + "a" + strings.Repeat("}}", n) },
	} {
		took := func(n int) time.Duration {
			src := []byte("# T\n\n" + make(n) + "\n")
			best := time.Duration(1 << 62)
			for range 3 {
				start := cpuTime(t)
				if _, err := Parse("cloze.md", src, Options{}); err != nil {
					t.Fatal(err)
				}
				best = min(best, cpuTime(t)-start)
			}
			return best
		}
		small, large := took(5000), took(80000)
		t.Logf("%s: %v, then %v", name, small, large)
		if large > 40*small+50*time.Millisecond {
			t.Errorf("%s: %v for 5000 openings, %v for 80000: more than linear", name, small, large)
		}
	}
}
