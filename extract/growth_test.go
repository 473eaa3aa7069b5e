package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// growthShapes are notes that once took time in the square of their size,
// made n repeats long: a list mixing "<placeholder>" commands with items
// holding an unclosed <script> asked each item whether the whole list
// paired its items at a dash (see pairList): 1,000 pairs took 10 s; and
// one "Where $q0$ is … and $q1$ is …" line read its inlines from its start
// for each symbol it keys (see longBlock): 16,000 symbols took 6 s.
var growthShapes = []struct {
	name string
	make func(n int) string
}{
	{"placeholder-script-list", func(n int) string {
		return "# G\n\n" + strings.Repeat("- x <script> - lemma entropy\n- git branch <name> -> creates the branch\n\n", n)
	}},
	{"where-symbols-one-line", func(n int) string {
		var s strings.Builder
		s.WriteString("# G\n\n$$C=q$$\nWhere ")
		for i := range n {
			if i > 0 {
				s.WriteString(" and ")
			}
			fmt.Fprintf(&s, "$q%d$ is the thing %d", i, i)
		}
		return s.String() + ".\n"
	}},
}

// TestGrowth parses each of growthShapes at two sizes ten times apart: the
// larger must take at most about ten times as long, not a hundred.
func TestGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("times large notes")
	}
	for _, c := range growthShapes {
		small, large := fastestParse(t, c.make(2000)), fastestParse(t, c.make(20000))
		if large > 12*small && large > time.Second {
			t.Errorf("%s: 2,000 repeats %v, 20,000 repeats %v", c.name, small, large)
		}
	}
}

// fastestParse returns the shortest of three parses of src, which a busy
// machine slows least.
func fastestParse(t *testing.T, src string) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		if _, err := Parse("growth.md", []byte(src), Options{}); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	return best
}
