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

// TestOpeningTitle checks which file names of an atomic note, one that
// opens with a list and no heading, ask a card of it: a digit is fine in a
// term; a front page, a dated or numbered name is no term; and a sync
// tool's conflict copy asks what its original asks.
func TestOpeningTitle(t *testing.T) {
	list := []byte("- Translate high level code into machine code\n- Processes all code at once\n")
	for name, want := range map[string]string{
		"Python 3.md": "Python 3", "IPv6.md": "IPv6", "COVID-19.md": "COVID-19", "Vitamin B12.md": "Vitamin B12",
		"Compiler (1).md": "Compiler", "bio.sync-conflict-20240101-123456-ABCDEFG.md": "bio",
		"Chapter 3.md": "", "_index.md": "", "Home.md": "", "2024-03-08.md": "", "03 Enzymes.md": "",
		"W1N1 - Introduction.md": "",
	} {
		d, err := Parse(name, list, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(d.Cards) > 0 {
			got = d.Cards[0].Front
		}
		if len(d.Cards) > 1 || got != want {
			t.Errorf("%s: %d cards, first asks %q, want %q", name, len(d.Cards), got, want)
		}
	}
}
