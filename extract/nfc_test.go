package extract

import (
	"testing"
)

// TestNFC: text and names in decomposed form (a macOS file name, text pasted
// from a PDF) come out composed, as Anki stores them: "Cafe\u0301" is "Café",
// so a note renamed or re-saved keeps its deck and its cards' GUIDs.
func TestNFC(t *testing.T) {
	d, err := Parse("notes/Cafe\u0301.md", []byte("- Cre\u0300me: a dairy product\n"), Options{DeckPrefix: "Franc\u0327ais"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Français::Café"; d.Name != want {
		t.Errorf("deck %q, want %q", d.Name, want)
	}
	if len(d.Cards) != 1 || d.Cards[0].Front != "Crème" {
		t.Errorf("cards %+v, want one whose front is Crème", d.Cards)
	}
	// A note with no H1 is titled by its file name, which tags its cards
	// as it names the deck: composed, so that a vault copied from a Mac
	// keeps one tag "Café" in Anki (before: "Cafe\u0301::Cells", a second
	// tag that looks the same, beside the deck "Café").
	d, err = Parse("notes/Cafe\u0301.md", []byte("## Cells\n\n- Cre\u0300me: a dairy product\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Cards {
		if want := map[string]string{"Cells": "Café", "Crème": "Café::Cells"}[c.Front]; len(c.Tags) != 1 || c.Tags[0] != want {
			t.Errorf("card %q tagged %q, want %q", c.Front, c.Tags, want)
		}
	}
}
