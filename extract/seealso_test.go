package extract

import (
	"strings"
	"testing"
)

// TestHasSeeAlso pins hasSeeAlso to strings.Contains(back, "ee also"), the
// test it replaced: a match at either end, an "l" with no "ee a" before it,
// a back shorter than the pattern.
func TestHasSeeAlso(t *testing.T) {
	for _, back := range []string{
		"", "l", "also", "e also", "ee also", "See also [[x]]", "<li>See also: Meiosis</li>",
		"the cell wall is also rigid", "lee alsoo", "ee als", "all else see also", "🔗 see also",
		"ee alse ee also", strings.Repeat("l", 50) + "ee also",
	} {
		if got, want := hasSeeAlso(back), strings.Contains(back, "ee also"); got != want {
			t.Errorf("hasSeeAlso(%q) = %v, want %v", back, got, want)
		}
	}
}

// FuzzHasSeeAlso checks hasSeeAlso against strings.Contains on any text.
func FuzzHasSeeAlso(f *testing.F) {
	for _, s := range []string{"See also [[x]]", "ee also", "lllee also", "also"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, back string) {
		if got, want := hasSeeAlso(back), strings.Contains(back, "ee also"); got != want {
			t.Errorf("hasSeeAlso(%q) = %v, want %v", back, got, want)
		}
	})
}
