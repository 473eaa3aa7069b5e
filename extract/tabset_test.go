package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLongTabSet checks that a set exported from Quizlet or Anki, a term, a
// tab and its definition a line, makes a card a row however many rows it
// has (it made none past 1000 rows, as a paragraph too long to
// search), the same cards as the rows in short paragraphs make, in time
// proportional to the set.
func TestLongTabSet(t *testing.T) {
	rows := []string{"perro\tdog", "**gato**\tcat", "`ls`\tlist files", "el *agua*\tthe water",
		"[casa](https://x.org)\thouse", "H<sub>2</sub>O\twater", "uno, dos\tone, two", "零\tlíng - zero"}
	var long, short strings.Builder
	long.WriteString("# Set\n\n#separator:tab\n#html:true\n")
	short.WriteString("# Set\n\n")
	n := 3000
	for i := range n {
		r := fmt.Sprintf("%s %d", rows[i%len(rows)], i)
		long.WriteString(r + "\n")
		short.WriteString(r + "\n")
		if i%500 == 499 {
			short.WriteString("\n")
		}
	}
	start := time.Now()
	d, err := Parse("set.md", []byte(long.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	want, err := Parse("set.md", []byte(short.String()), Options{})
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
	if took > 10*time.Second {
		t.Errorf("took %v", took)
	}

	// Rendering each row from the paragraph's first inline took 12 s for
	// 20,000 rows, four times as long for each doubling.
	var plain strings.Builder
	plain.WriteString("# Words\n\n")
	for i := range 40000 {
		fmt.Fprintf(&plain, "word%d\tmeaning %d\n", i, i)
	}
	start = time.Now()
	d, err = Parse("words.md", []byte(plain.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Cards) != 40000 {
		t.Errorf("%d cards from 40,000 rows", len(d.Cards))
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("40,000 rows took %v", took)
	}
}
