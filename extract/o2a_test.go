package extract

import (
	"slices"
	"testing"
)

// TestO2ASettings: Obsidian_to_Anki's TARGET DECK names the deck, written in
// the front matter too, unless the front matter's deck does, FILE TAGS tag every card, and a note's Tags: line tags
// its own card, also when the note is cut into chunks.
func TestO2ASettings(t *testing.T) {
	body := "# Continuity\n\nTARGET DECK\nAnalysis::Rudin\nFILE TAGS: rudin limits\n\n- Limit: a value approached\n\n" +
		"START\nBasic\nFront: Define continuity.\nBack: no jumps\nTags: analysis #defs\nEND\n\n## More\n\nTARGET DECK: Other\n\n- Gap: a jump\n"
	for _, tt := range []struct {
		name, in, deck string
	}{
		{"target deck", body, "Analysis::Rudin"},
		{"front matter wins", "---\ndeck: Mine\n---\n" + body, "Mine"},
		{"TARGET DECK in the front matter", "---\nTARGET DECK: Sztocha::MA\n---\n" + body, "Sztocha::MA"},
		{"deck wins over TARGET DECK", "---\nTARGET DECK: Sztocha::MA\ndeck: Mine\n---\n" + body, "Mine"},
	} {
		for _, chunk := range []int{0, 8} {
			d, err := Parse("notes/n.md", []byte(tt.in), Options{chunkBytes: chunk})
			if err != nil {
				t.Fatal(err)
			}
			if d.Name != tt.deck {
				t.Errorf("%s/chunk=%d: deck %q, want %q", tt.name, chunk, d.Name, tt.deck)
			}
			if len(d.Cards) != 4 { // Limit, the note, More, Gap
				t.Fatalf("%s/chunk=%d: %d cards, want 4: %+v", tt.name, chunk, len(d.Cards), d.Cards)
			}
			for _, c := range d.Cards {
				if !slices.Contains(c.Tags, "rudin") || !slices.Contains(c.Tags, "limits") {
					t.Errorf("%s/chunk=%d: %q has tags %q, want rudin and limits", tt.name, chunk, c.Front, c.Tags)
				}
				if own := slices.Contains(c.Tags, "analysis") && slices.Contains(c.Tags, "defs"); own != (c.Front == "Define continuity.") {
					t.Errorf("%s/chunk=%d: %q has tags %q", tt.name, chunk, c.Front, c.Tags)
				}
			}
		}
	}
}

// TestInkaSettings: inka's "Deck:" and "Tags:" under the "---" that opens
// its section name the deck and tag every card.
func TestInkaSettings(t *testing.T) {
	in := "# Notes\n\n---\nDeck: Programming::Python\nTags: python basics\n\n1. Which keyword defines a generator?\n\n> `yield`\n\n---\n"
	d, err := Parse("notes/n.md", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Programming::Python" {
		t.Errorf("deck %q, want Programming::Python", d.Name)
	}
	if len(d.Cards) != 1 || !slices.Contains(d.Cards[0].Tags, "python") || !slices.Contains(d.Cards[0].Tags, "basics") {
		t.Errorf("cards %+v, want one tagged python and basics", d.Cards)
	}
}
