package extract

import "testing"

// TestOpeningUnnamed checks that a note read from standard input, with no
// heading, asks no card of its opening list or sentence: its name, "stdin",
// is no term the student wrote; a front matter's title still asks it.
func TestOpeningUnnamed(t *testing.T) {
	list := "- Translate high level code into machine code\n- Processes all code at once\n"
	for _, tc := range []struct {
		src   string
		cards int
	}{
		{list, 0},
		{"Input is passed through a hashing function and hash is used as an index\n", 0},
		{"---\ntitle: Compiler\n---\n" + list, 1},
	} {
		d, err := Parse("stdin", []byte(tc.src), Options{Unnamed: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Cards) != tc.cards {
			t.Errorf("%q: %d cards %v, want %d", tc.src, len(d.Cards), d.Cards, tc.cards)
		}
	}
	if d, _ := Parse("Compiler.md", []byte(list), Options{}); len(d.Cards) != 1 {
		t.Errorf("Compiler.md: %d cards, want 1", len(d.Cards))
	}
}
