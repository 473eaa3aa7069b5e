package exporters

import (
	"slices"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestKeepRecasedGUIDs builds a deck, then rebuilds it with its deck name
// and headings in another case, against the state of the first build: each
// card keeps its GUID unless its folded identity is shared, by two cards or
// by two remembered notes.
func TestKeepRecasedGUIDs(t *testing.T) {
	deck := func(name, heading string, fronts ...string) []extract.Deck {
		d := extract.Deck{Name: name, File: "bio.md"}
		for _, f := range fronts {
			d.Cards = append(d.Cards, extract.Card{Front: f, Back: "b " + f, Context: []string{heading}})
		}
		return []extract.Deck{d}
	}
	remember := func(decks []extract.Deck) builtState {
		state := builtState{}
		state.remember(decks)
		return state
	}
	rebuild := func(state builtState, decks []extract.Deck) []string {
		ids := NewCardIDs(decks)
		KeepGUIDs(decks, ids, state.prev)
		KeepRecasedGUIDs(decks, ids, state.prev, state.each)
		return builtGUIDs(decks, ids)
	}
	first := deck("Cell biology", "membrane transport", "Osmosis", "Diffusion")
	state := remember(first)
	was := GUIDs(first[0])

	got := rebuild(state, deck("Cell Biology", "Membrane Transport", "Osmosis", "Diffusion"))
	if got[0] != was[0] || got[1] != was[1] {
		t.Errorf("recased deck and heading: GUIDs %q, want %q", got, was)
	}
	if got := rebuild(state, deck("Cell physiology", "membrane transport", "Osmosis", "Diffusion")); got[0] == was[0] {
		t.Errorf("another deck took the GUID %q", got[0])
	}
	// A front is compared as written: "osmosis" added beside "Osmosis" is
	// another card, and takes no GUID from it.
	if got := rebuild(state, deck("CELL BIOLOGY", "membrane transport", "Osmosis", "osmosis")); got[0] != was[0] || got[1] == was[0] {
		t.Errorf("a front in another case: GUIDs %q, want %q first and a new one", got, was[0])
	}
	// Fronts that differ only in case are two terms ("Co" cobalt, "CO"
	// carbon monoxide): each keeps its GUID through a recased heading.
	terms := deck("Chemistry", "formulas", "Co", "CO", "Fe")
	termsWas := GUIDs(terms[0])
	if got := rebuild(remember(terms), deck("Chemistry", "FORMULAS", "Co", "CO", "Fe")); !slices.Equal(got, termsWas) {
		t.Errorf("fronts in two cases under a recased heading: GUIDs %q, want %q", got, termsWas)
	}
	// A front that Anki's case folding calls the same ("Straße" recased
	// "STRASSE", which lowers to another front) keeps its GUID, unless
	// another front folds so too.
	german := deck("Deutsch", "Wörter", "Straße", "Fuß")
	germanWas := GUIDs(german[0])
	if got := rebuild(remember(german), deck("Deutsch", "WÖRTER", "STRASSE", "FUSS")); !slices.Equal(got, germanWas) {
		t.Errorf("fronts with ß recased: GUIDs %q, want %q", got, germanWas)
	}
	if got := rebuild(remember(german), deck("Deutsch", "Wörter", "STRASSE", "Strasse")); got[0] == germanWas[0] || got[1] == germanWas[0] {
		t.Errorf("two fronts folded as one took one GUID: %q", got)
	}
	// A front opening with its heading's name ("Bio: Café", the own card
	// of "## Café" beside "## cAFÉ" under "# Bio") has that name recased
	// with the heading: both twins keep their GUIDs. A front opening with
	// a word that names no heading is compared as written ("Co: metal"
	// and "CO: metal" each keep theirs).
	owned := deck("Bio", "Bio", "Bio: Café", "Bio: cAFÉ", "Co: metal", "CO: metal")
	ownedWas := GUIDs(owned[0])
	if got := rebuild(remember(owned), deck("bio", "bio", "bio: Café", "bio: cAFÉ", "Co: metal", "CO: metal")); !slices.Equal(got, ownedWas) {
		t.Errorf("fronts owned by a recased heading: GUIDs %q, want %q", got, ownedWas)
	}
	// Two remembered notes of one folded identity (two headings that
	// differed only in case): neither is taken.
	both := deck("Cell biology", "membrane transport", "Osmosis")
	both = append(both, deck("Cell biology", "Membrane transport", "Osmosis")...)
	state = remember(both)
	if got := rebuild(state, deck("Cell Biology", "MEMBRANE TRANSPORT", "Osmosis")); state[got[0]].fields != nil {
		t.Errorf("one of two remembered notes was taken: %q", got[0])
	}
}

// TestDeckIdentityAsAnki checks DeckIdentity against the names Anki takes
// for one deck: its decks table compares names with the unicase crate's
// collation (rslib storage/sqlite.rs), full Unicode case folding without
// the Turkic mappings, after NFC (rslib decks/name.rs). Turkish "İ" folds
// to "i" with a combining dot above, so "İstanbul" is not "istanbul" nor
// "ISTANBUL", and dotless "ı" folds to nothing else: a deck so recased is a
// new deck in Anki, and its cards new cards.
func TestDeckIdentityAsAnki(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Cell biology", "CELL BIOLOGY", true},
		{"İstanbul", "i\u0307stanbul", true},
		{"İstanbul", "istanbul", false},
		{"İstanbul", "ISTANBUL", false},
		{"ırmak", "IRMAK", false},
		{"Irmak", "irmak", true},
		{"Straße", "STRASSE", true},
		{"ΣΊΣΥΦΟΣ", "σίσυφος", true},
		{"Cafe\u0301", "CAFÉ", true},
	} {
		if got := DeckIdentity(c.a) == DeckIdentity(c.b); got != c.same {
			t.Errorf("DeckIdentity(%q) == DeckIdentity(%q) is %v, want %v", c.a, c.b, got, c.same)
		}
	}
}
