//go:build unix

package exporters

import (
	"fmt"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/notes2deck/notes2deck/extract"
)

// cpuTime returns the CPU time this process has used, in user and system
// mode.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestNoteTagsMany: a card of many tags (a line of 32,000 hashtags) keeps
// the first of each tag, as with few, in time proportional to their
// number: each tag was compared with every one kept before it, so that
// line took 7 s of CPU. The times compared are CPU times, which other
// jobs on the machine do not inflate.
func TestNoteTagsMany(t *testing.T) {
	tags := func(n int) []string {
		var out []string
		for i := range n {
			out = append(out, fmt.Sprintf("t%d/a", i), fmt.Sprintf("T%d/A", i/2), fmt.Sprintf("ÄÖ%d", i%7), fmt.Sprintf("äö%d", i%7))
		}
		return out
	}
	c := extract.Card{Tags: tags(100)}
	if got, want := NoteTags(c), noteTagsRef(c); !slices.Equal(got, want) {
		t.Errorf("NoteTags of %d tags = %q, want %q", len(c.Tags), got, want)
	}
	took := func(n int) time.Duration {
		c := extract.Card{Tags: tags(n)}
		best := time.Duration(1 << 62)
		for range 3 {
			start := cpuTime(t)
			NoteTags(c)
			best = min(best, cpuTime(t)-start)
		}
		return best
	}
	small, large := took(2000), took(16000)
	if large > 20*small+20*time.Millisecond {
		t.Errorf("%v for 2000 tags, %v for 16000: more than linear", small, large)
	}
}
