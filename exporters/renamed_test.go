package exporters

import (
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestKeepRenamedGUIDs rebuilds a deck after one edit against the state of
// its first build, and checks which cards kept the GUID of which card.
func TestKeepRenamedGUIDs(t *testing.T) {
	type card struct{ heading, front, back string }
	deck := func(name string, cards ...card) []extract.Deck {
		d := extract.Deck{Name: name, File: "bio.md"}
		for _, c := range cards {
			d.Cards = append(d.Cards, extract.Card{Front: c.front, Back: c.back, Context: strings.Split(c.heading, ContextSep)})
		}
		return []extract.Deck{d}
	}
	first := deck("Biology",
		card{"Mitocondria", "ATP synthese", "makes ATP"},
		card{"Mitocondria", "Cristae", "folds"},
		card{"Enzymes", "Is binding reversible?", "Yes"},
		card{"Kinetics", "Is inhibition reversible?", "Yes"},
		card{"Kinetics", "Km", "half the top rate"},
		card{"Pepsin", "Is it reversible?", "Yes"},
		card{"Trypsin", "Is it reversible?", "Yes"},
		card{"Cels", "Nucleus", "Nucleolus"},
		card{"Cels › Nucleus", "Nucleolus", "makes ribosomes"},
		card{"Drugs › A. Thiazides", "A. Thiazides: Usage", "lower the volume"},
		card{"Drugs › B. Loops", "B. Loops: Usage", "lower the volume"},
		card{"", "Tea", "Green: leaves"},
		card{"Tea", "Green", "leaves"},
		card{"", "Bio: Café", "ATP: energy"},
		card{"", "Bio: cAFÉ", "ATP: energy"},
	)
	state := builtState{}
	state.remember(first)
	was := GUIDs(first[0])
	rebuild := func(decks []extract.Deck) []string {
		ids := NewCardIDs(decks)
		KeepGUIDs(decks, ids, state.prev)
		KeepRecasedGUIDs(decks, ids, state.prev, state.each)
		KeepRenamedGUIDs(decks, ids, state.prev, state.each)
		return builtGUIDs(decks, ids)
	}
	for _, tc := range []struct {
		name  string
		decks []extract.Deck
		want  []int // the index in first of the card each card's GUID was, -1 for a new one
	}{
		{"heading typo", deck("Biology",
			card{"Mitochondria", "ATP synthese", "makes ATP"},
			card{"Mitochondria", "Cristae", "folds"}), []int{0, 1}},
		{"heading typo, an answer under it edited", deck("Biology",
			card{"Mitochondria", "ATP synthese", "makes ATP"},
			card{"Mitochondria", "Cristae", "the folds"}), []int{0, 1}},
		{"front typo", deck("Biology",
			card{"Mitocondria", "ATP synthase", "makes ATP"}), []int{0}},
		{"heading renamed and front edited", deck("Biology",
			card{"Mitochondria", "ATP synthase", "makes ATP"},
			card{"Mitochondria", "Cristae", "folds"}), []int{0, 1}},
		{"front and back edited", deck("Biology",
			card{"Mitocondria", "ATP synthase", "makes ATP from a gradient"}), []int{-1}},
		{"front prefixed", deck("Biology",
			card{"Mitocondria", "Mitochondria: ATP synthese", "makes ATP"}), []int{0}},
		{"another question, the same answer", deck("Biology",
			card{"Enzymes", "Is pepsin active in acid?", "Yes"}), []int{-1}},
		{"a short word changed is no typo", deck("Biology",
			card{"Kinetics", "Kd", "half the top rate"}), []int{-1}},
		{"two cards close to one note", deck("Biology",
			card{"Enzymes", "Is binding reversible? (1)", "Yes"},
			card{"Enzymes", "Is binding reversible? (2)", "Yes"}), []int{-1, -1}},
		{"moved to another heading", deck("Biology",
			card{"Enzymes", "Km", "half the top rate"}), []int{4}},
		{"two moved notes of one front and back", deck("Biology",
			card{"Enzymes", "Is binding reversible?", "Yes"},
			card{"Proteins", "Is binding reversible?", "Yes"}), []int{2, -1}},
		{"two headings renamed, one question and answer under each", deck("Biology",
			card{"Pepsin A", "Is it reversible?", "Yes"},
			card{"Trypsin B", "Is it reversible?", "Yes"}), []int{5, 6}},
		{"two headings renamed beyond recognition", deck("Biology",
			card{"Protease one", "Is it reversible?", "Yes"},
			card{"Protease two", "Is it reversible?", "Yes"}), []int{-1, -1}},
		{"headings and fronts lose their outline letters", deck("Biology",
			card{"Drugs › Thiazides", "Thiazides: Usage", "lower the volume"},
			card{"Drugs › Loops", "Loops: Usage", "lower the volume"}), []int{9, 10}},
		{"a heading renamed with its subheading", deck("Biology",
			card{"Cells", "Nucleus core", "Nucleolus"},
			card{"Cells › Nucleus core", "Nucleolus", "makes ribosomes"}), []int{7, 8}},
		{"a heading reworded, with its own card", deck("Biology",
			card{"", "Infusions", "Green: leaves"},
			card{"Infusions", "Green", "leaves"}), []int{11, 12}},
		{"a case twin renamed", deck("Biology",
			card{"", "Café", "ATP: energy"},
			card{"", "Coffee", "ATP: energy"}), []int{13, 14}},
		{"the other case twin renamed", deck("Biology",
			card{"", "Coffee", "ATP: energy"},
			card{"", "cAFÉ", "ATP: energy"}), []int{13, 14}},
		{"a heading's own card reworded, no card under it moved", deck("Biology",
			card{"", "Infusions", "Green: leaves"}), []int{-1}},
		{"another deck", deck("Chemistry",
			card{"Enzymes", "Km", "half the top rate"}), []int{-1}},
	} {
		got := rebuild(tc.decks)
		for k, g := range got {
			from := -1
			for n, w := range was {
				if g == w {
					from = n
				}
			}
			if from != tc.want[k] {
				t.Errorf("%s: card %d has the GUID of card %d, want %d", tc.name, k, from, tc.want[k])
			}
		}
	}
}

// TestFrontsClose pins which edits of a front count as the same front.
func TestFrontsClose(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"atp synthese", "atp synthase", true},
		{"objections", "anselm: objections", true},
		{"what is atp", "what is atp?", true},
		{"mitocondria", "mitochondria", true},
		{"is atp stable?", "is adp stable?", false},
		{"step 2", "step 3", false},
		{"is binding reversible?", "is pepsin active in acid?", false},
		{"osmosis", "diffusion", false},
		{"", "", false},
		{"?", "!", false},
	} {
		if got := frontsClose(tc.a, tc.b); got != tc.want {
			t.Errorf("frontsClose(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestKeepRenamedClozes checks that a cloze keeps its GUID when the heading
// above it is renamed, though its Extra, the heading path, changed with it,
// and when a typo in its text around the deletions is fixed.
func TestKeepRenamedClozes(t *testing.T) {
	deck := func(heading, text string) []extract.Deck {
		return []extract.Deck{{Name: "Bio", File: "bio.md", Cards: []extract.Card{
			{Kind: extract.Cloze, Front: text, Back: "Bio › " + heading, Context: []string{"Bio", heading}},
			{Kind: extract.Cloze, Front: "{{c1::Ribosomes}} make proteins", Back: "Bio › " + heading, Context: []string{"Bio", heading}},
		}}}
	}
	first := deck("Mitocondria", "The {{c1::mitochondrion}} makes {{c2::ATP}} from a gradiant")
	state := map[string][]string{}
	for _, notes := range Notes(first) {
		for _, n := range notes {
			state[n.GUID] = n.Fields
		}
	}
	was := GUIDs(first[0])
	for _, tc := range []struct{ heading, text string }{
		{"Mitochondria", "The {{c1::mitochondrion}} makes {{c2::ATP}} from a gradiant"},
		{"Mitocondria", "The {{c1::mitochondrion}} makes {{c2::ATP}} from a gradient"},
	} {
		decks := deck(tc.heading, tc.text)
		ids := NewCardIDs(decks)
		prev := func(g string) []string { return state[g] }
		KeepGUIDs(decks, ids, prev)
		KeepRenamedGUIDs(decks, ids, prev, func(each func(guid, deck, kind string, fields []string)) {
			for g, f := range state {
				each(g, "Bio", extract.Cloze.String(), f)
			}
		})
		for j, c := range decks[0].Cards {
			g := c.GUID
			if g == "" {
				g = ids.GUIDs[0][j]
			}
			if g != was[j] {
				t.Errorf("%s, %q: cloze %d has GUID %q, want %q", tc.heading, tc.text, j, g, was[j])
			}
		}
	}
}

// builtGUIDs returns the GUID each card of decks is built with, deck by
// deck: the one a Keep… function set, else the one its key gives.
func builtGUIDs(decks []extract.Deck, ids *CardIDs) []string {
	var out []string
	for i, gs := range ids.GUIDs {
		for j, g := range gs {
			if c := decks[i].Cards[j]; c.GUID != "" {
				g = c.GUID
			}
			out = append(out, g)
		}
	}
	return out
}

// builtState is what the state file of a previous build remembers, as the
// GUID passes read it: each note's deck, kind and fields by its GUID.
type builtState map[string]builtNote

// builtNote is one note a builtState remembers.
type builtNote struct {
	deck, kind string
	fields     []string
}

// remember adds the notes decks build.
func (s builtState) remember(decks []extract.Deck) {
	for i, notes := range Notes(decks) {
		for j, n := range notes {
			s[n.GUID] = builtNote{DeckName(decks[i].Name), decks[i].Cards[j].Kind.String(), n.Fields}
		}
	}
}

// prev returns the fields remembered for GUID g, nil for none.
func (s builtState) prev(g string) []string { return s[g].fields }

// each calls fn with every note remembered.
func (s builtState) each(fn func(guid, deck, kind string, fields []string)) {
	for g, n := range s {
		fn(g, n.deck, n.kind, n.fields)
	}
}

// TestKeepRenamedTwins checks rename detection beside twins: a front asked
// twice under one heading path whose answer was edited, and a card held by
// a note and its conflict copy, moved as the copy is deleted.
func TestKeepRenamedTwins(t *testing.T) {
	card := func(heading, front, back string) extract.Card {
		return extract.Card{Front: front, Back: back, Context: []string{"Bio", heading}}
	}
	rebuild := func(first, decks []extract.Deck) ([]string, []string) {
		state := builtState{}
		state.remember(first)
		ids := NewCardIDs(decks)
		KeepGUIDs(decks, ids, state.prev)
		KeepRecasedGUIDs(decks, ids, state.prev, state.each)
		KeepRenamedGUIDs(decks, ids, state.prev, state.each)
		var was []string
		for _, gs := range PackageGUIDs(first) {
			was = append(was, gs...)
		}
		return was, builtGUIDs(decks, ids)
	}
	twins := []extract.Deck{{Name: "Bio", File: "bio.md", Cards: []extract.Card{
		card("Kinetics", "Km", "substrate at half the top rate"),
		card("Kinetics", "Km", "the Michaelis constant"),
	}}}
	was, got := rebuild(twins, []extract.Deck{{Name: "Bio", File: "bio.md", Cards: []extract.Card{
		card("Kinetics", "Km", "the Michaelis constant of an enzyme"),
		card("Kinetics", "Km", "substrate concentration at half the top rate"),
	}}})
	if got[0] != was[1] || got[1] != was[0] {
		t.Errorf("twins edited: GUIDs %q, want %q swapped", got, was)
	}
	if was, got = rebuild(twins, []extract.Deck{{Name: "Bio", File: "bio.md", Cards: []extract.Card{
		card("Kinetics", "Km", "a rate constant"),
	}}}); got[0] == was[0] || got[0] == was[1] {
		t.Errorf("a twin edited with words of both: GUID %q, want a new one", got[0])
	}
	note := func(file, heading string) extract.Deck {
		return extract.Deck{Name: "Bio", File: file, Cards: []extract.Card{card(heading, "Mitocondria", "power plant")}}
	}
	was, got = rebuild([]extract.Deck{note("bio (1).md", "Cells"), note("bio.md", "Cells")},
		[]extract.Deck{note("bio.md", "Other")})
	if got[0] != was[1] {
		t.Errorf("a note's card moved as its copy is deleted: GUID %q, want the note's %q", got[0], was[1])
	}
}
