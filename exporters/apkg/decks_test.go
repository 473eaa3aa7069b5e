package apkg

import (
	"slices"
	"testing"
)

// TestDeckSetMergesAsAnki pins which deck names the package keeps apart: only
// those Anki's unicase collation keeps apart, so the package holds no two
// decks that the importer would merge into one.
func TestDeckSetMergesAsAnki(t *testing.T) {
	tests := []struct {
		name  string
		adds  []string
		names []string
	}{
		{"ascii case", []string{"Bio::Cells", "bio::cells"}, []string{"Bio", "Bio::Cells"}},
		{"full case folding", []string{"Straße", "STRASSE", "strasse"}, []string{"Straße"}},
		{"final sigma", []string{"ΟΔΟΣ", "οδος", "οδος"}, []string{"ΟΔΟΣ"}},
		{"combining accent", []string{"Cafe\u0301", "Caf\u00e9"}, []string{"Cafe\u0301"}},
		{"different words", []string{"Straße", "Strasser"}, []string{"Straße", "Strasser"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s deckSet
			first := s.add(tc.adds[0])
			for _, n := range tc.adds[1:] {
				if id := s.add(n); len(tc.names) == 1 && id != first {
					t.Errorf("add(%q) = %d, want the id of %q, %d", n, id, tc.adds[0], first)
				}
			}
			if !slices.Equal(s.names, tc.names) {
				t.Errorf("names %q, want %q", s.names, tc.names)
			}
		})
	}
}

// TestDeckSetDefault checks that a deck of ours called "DEFAULT" stands in for
// Anki's Default deck instead of a second deck Anki would rename.
func TestDeckSetDefault(t *testing.T) {
	var s deckSet
	s.add("DEFAULT")
	decks := s.json(0)
	if len(decks) != 1 {
		t.Errorf("%d decks, want 1: %v", len(decks), decks)
	}
}
