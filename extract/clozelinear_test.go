package extract

import (
	"strings"
	"testing"
	"time"
)

// TestClozeNestingLinear parses cloze openings nested in one another, and
// openings never closed before one "}}", at two sizes eight times apart:
// the larger must not take more than about eight times as long. Each
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
				start := time.Now()
				if _, err := Parse("cloze.md", src, Options{}); err != nil {
					t.Fatal(err)
				}
				best = min(best, time.Since(start))
			}
			return best
		}
		small, large := took(5000), took(40000)
		t.Logf("%s: %v, then %v", name, small, large)
		if large > 20*small+50*time.Millisecond {
			t.Errorf("%s: %v for 5000 openings, %v for 40000: more than linear", name, small, large)
		}
	}
}
