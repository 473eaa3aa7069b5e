package extract

import (
	"bytes"
	"strings"
	"testing"
)

// TestIndexText compares indexText with bytes.Index on patterns
// found at the start, middle and end of the text, missed, and on a text
// full of the pattern's rarest byte (the fallback to bytes.Contains).
func TestIndexText(t *testing.T) {
	texts := []string{"", "a", "\n+-", "x\n+-", "- -\n+", "+++++++++", strings.Repeat("+", 500) + "\n+-",
		strings.Repeat("a+", 300), strings.Repeat("a+", 300) + "\n+-x", `<div class="dataframe">`, "– “quoted” é"}
	pats := []string{"", "+", "\n+-", "- -", "a+a", `class="dataframe"`, "“", "\u00a0", "é", "+-x"}
	for _, s := range texts {
		for _, p := range pats {
			if got, want := indexText([]byte(s), p), bytes.Index([]byte(s), []byte(p)); got != want {
				t.Errorf("indexText(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

// FuzzIndexText checks indexText against bytes.Index.
func FuzzIndexText(f *testing.F) {
	f.Add([]byte("a\n+-b"), "\n+-")
	f.Add([]byte(strings.Repeat("+", 200)), "+-")
	f.Fuzz(func(t *testing.T, b []byte, pat string) {
		if got, want := indexText(b, pat), bytes.Index(b, []byte(pat)); got != want {
			t.Errorf("indexText(%q, %q) = %v, want %v", b, pat, got, want)
		}
	})
}

// TestByteRanks pins byteRanks to a search of commonBytes for each byte.
func TestByteRanks(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := strings.IndexByte(commonBytes, byte(c))
		if want < 0 {
			want = len(commonBytes)
		}
		if got := int(byteRanks[c]); got != want {
			t.Errorf("byteRanks[%#x] = %d, want %d", c, got, want)
		}
	}
}
