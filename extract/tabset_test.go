package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestLongTabSet checks that a set exported from Quizlet or Anki, a term, a
// tab and its definition a line, makes a card a row however many rows it
// has (it made none past 1000 rows, as a paragraph too long to
// search), the same cards as the rows in short paragraphs make.
// BenchmarkLongTabSet measures how long the sets take.
func TestLongTabSet(t *testing.T) {
	const n = 3000
	long, short := tabSet(n)
	d, err := Parse("set.md", long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := Parse("set.md", short, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Cards) != n || len(want.Cards) != n {
		t.Fatalf("%d cards, and %d from short paragraphs, want %d", len(d.Cards), len(want.Cards), n)
	}
	for i, c := range d.Cards {
		if w := want.Cards[i]; c.Front != w.Front || c.Back != w.Back {
			t.Errorf("card %d: %q → %q, want %q → %q", i, c.Front, c.Back, w.Front, w.Back)
		}
	}
	for _, w := range d.Warnings {
		t.Errorf("warning %v", w)
	}
	d, err = Parse("words.md", plainTabSet(40000), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Cards) != 40000 {
		t.Errorf("%d cards from 40,000 rows", len(d.Cards))
	}
}

// tabSet returns a set of n tab-separated rows of varied markup, exported
// with Anki's "#separator:tab" header, and the same rows in paragraphs of
// 500 without it.
func tabSet(n int) (long, short []byte) {
	rows := []string{"perro\tdog", "**gato**\tcat", "`ls`\tlist files", "el *agua*\tthe water",
		"[casa](https://x.org)\thouse", "H<sub>2</sub>O\twater", "uno, dos\tone, two", "零\tlíng - zero"}
	var l, s strings.Builder
	l.WriteString("# Set\n\n#separator:tab\n#html:true\n")
	s.WriteString("# Set\n\n")
	for i := range n {
		r := fmt.Sprintf("%s %d", rows[i%len(rows)], i)
		l.WriteString(r + "\n")
		s.WriteString(r + "\n")
		if i%500 == 499 {
			s.WriteString("\n")
		}
	}
	return []byte(l.String()), []byte(s.String())
}

// plainTabSet returns a set of n rows of "word<TAB>meaning" in one paragraph.
func plainTabSet(n int) []byte {
	return paragraphOf("# Words", "word%d\tmeaning %d", n)
}

// BenchmarkLongTabSet times the sets of TestLongTabSet: 3,000 rows of varied
// markup under Anki's header, and plain rows at two sizes ten times apart,
// whose time per byte must not grow with the size. Rendering each row from
// the paragraph's first inline took 12 s for 20,000 plain rows, four times
// as long for each doubling. TestLongTabSet asserted each set took under 10 s.
func BenchmarkLongTabSet(b *testing.B) {
	long, _ := tabSet(3000)
	for _, c := range []struct {
		name string
		src  []byte
	}{{"anki/n=3000", long}, {"plain/n=4000", plainTabSet(4000)}, {"plain/n=40000", plainTabSet(40000)}} {
		src := c.src
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("set.md", src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
