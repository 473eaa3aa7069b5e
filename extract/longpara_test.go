package extract

import (
	"strings"
	"testing"
)

// TestLongParagraph parses a 20,000-line paragraph, alone and as the lead-in
// of a list: the line-by-line search for definitions costs time in the square
// of a paragraph's length, so a very long one is left out with a warning
// naming its first line. (BenchmarkLongParagraph measures the cost.)
func TestLongParagraph(t *testing.T) {
	for name, tail := range map[string]string{"paragraph": "", "lead-in": "\n- item one\n- item two\n"} {
		src := "# P\n" + strings.Repeat("some words on a line\n", 20000) + tail
		d, err := Parse("long.md", []byte(src), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		found := false
		for _, w := range d.Warnings {
			found = found || w.Pos.Line == 2 && strings.Contains(w.Msg, "20000 lines")
		}
		if !found {
			t.Errorf("%s: no warning at long.md:2 about a 20000-line paragraph in %v", name, d.Warnings)
		}
	}
}

func BenchmarkLongParagraph(b *testing.B) {
	src := []byte("# P\n" + strings.Repeat("some words on a line\n", 20000))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("long.md", src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
