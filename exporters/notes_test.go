package exporters

import (
	"slices"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

func notesTestDecks() []extract.Deck {
	return []extract.Deck{
		{Name: "A", File: "notes/a & b.md", Cards: []extract.Card{
			{Front: "q1", Back: "a1", Context: []string{"H", "I"}, Tags: []string{"t"}},
			{Front: "q2", Back: "a\n2", Context: []string{"H", "I"}},
			{Front: "q1", Back: "again", Context: []string{"H <J>"}, Kind: extract.Reversed},
		}},
		{Name: "A", File: "b.md", Cards: []extract.Card{{Front: "q1", Back: "a1", Context: []string{"H", "I"}, Tags: []string{"t"}}}},
	}
}

func TestNotesMatchPerCardHelpers(t *testing.T) {
	decks := notesTestDecks()
	guids := PackageGUIDs(decks)
	notes := Notes(decks)
	for i, d := range decks {
		for j, c := range d.Cards {
			n := notes[i][j]
			if n.GUID != guids[i][j] || !slices.Equal(n.Fields, NoteFields(d, c)) || !slices.Equal(n.Tags, NoteTags(c)) {
				t.Errorf("deck %d card %d: Notes gave %+v, want GUID %q, fields %q, tags %q",
					i, j, n, guids[i][j], NoteFields(d, c), NoteTags(c))
			}
		}
	}
}

func TestSharedNotes(t *testing.T) {
	decks := notesTestDecks()
	n1, done1 := SharedNotes(decks)
	n2, done2 := SharedNotes(decks)
	if &n1[0][0] != &n2[0][0] {
		t.Error("two exporters of the same decks at the same time did not share their notes")
	}
	if n3, done3 := SharedNotes(decks[:1]); &n3[0][0] == &n1[0][0] {
		t.Error("a shorter view of the decks got the notes of the whole")
	} else {
		done3()
	}
	done1()
	done2()
	decks[0].Cards[1].Back = "edited"
	n4, done4 := SharedNotes(decks)
	defer done4()
	if got := n4[0][1].Fields[1]; got != "edited" {
		t.Errorf("after every exporter was done and the decks changed, Back = %q, want %q", got, "edited")
	}
}

func TestShareNotesTakesGUIDsOfIDs(t *testing.T) {
	decks := notesTestDecks()
	want := PackageGUIDs(decks)
	asked := 0
	ids := func() *CardIDs { asked++; return NewCardIDs(decks) }
	release := ShareNotes(decks, ids)
	notes, done := SharedNotes(decks)
	done()
	release()
	if asked != 1 {
		t.Errorf("the notes asked ids %d times, want once: their GUIDs hashed again", asked)
	}
	for i := range decks {
		for j := range decks[i].Cards {
			if notes[i][j].GUID != want[i][j] {
				t.Errorf("deck %d card %d: GUID %q, want %q as PackageGUIDs gives it", i, j, notes[i][j].GUID, want[i][j])
			}
		}
	}
}

func TestShareNotesHashesKeptGUIDs(t *testing.T) {
	decks := notesTestDecks()
	made := NewCardIDs(decks)
	decks[1].Cards[0].GUID = "kept" // as KeepGUIDs sets it, after ids were made
	want := PackageGUIDs(decks)
	release := ShareNotes(decks, func() *CardIDs { return made })
	notes, done := SharedNotes(decks)
	done()
	release()
	for i := range decks {
		for j := range decks[i].Cards {
			if notes[i][j].GUID != want[i][j] {
				t.Errorf("deck %d card %d: GUID %q, want %q: a kept GUID makes the GUIDs of ids stale", i, j, notes[i][j].GUID, want[i][j])
			}
		}
	}
}

// sharedGUIDs returns the GUIDs of the notes ShareNotes made from ids for
// decks.
func sharedGUIDs(decks []extract.Deck, ids *CardIDs) [][]string {
	release := ShareNotes(decks, func() *CardIDs { return ids })
	defer release()
	notes, done := SharedNotes(decks)
	defer done()
	guids := make([][]string, len(notes))
	for i := range notes {
		for _, n := range notes[i] {
			guids[i] = append(guids[i], n.GUID)
		}
	}
	return guids
}

func TestShareNotesKeepsIDsBesideKeptGUIDs(t *testing.T) {
	decks := notesTestDecks()
	ids := &CardIDs{GUIDs: [][]string{{"g0", "g1", "g2"}, {"g3"}}} // not hashes: taken as they are
	decks[0].Cards[1].GUID = "kept"
	got := sharedGUIDs(decks, ids)
	if want := [][]string{{"g0", "kept", "g2"}, {"g3"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("GUIDs %q, want %q: those of ids beside the one kept, none hashed again", got, want)
	}
	if ids.GUIDs[0][1] != "g1" {
		t.Errorf("ids' GUID of the card kept became %q", ids.GUIDs[0][1])
	}
}

func TestShareNotesHashesWhenKeptGUIDMovesAnother(t *testing.T) {
	decks := notesTestDecks()
	made := NewCardIDs(decks)
	decks[1].Cards[0].GUID = made.GUIDs[0][1] // another card's: PackageGUIDs numbers that one
	want := PackageGUIDs(decks)
	if want[0][1] == made.GUIDs[0][1] {
		t.Fatal("PackageGUIDs gave a kept GUID to another card too")
	}
	if got := sharedGUIDs(decks, made); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("GUIDs %q, want %q as PackageGUIDs gives them", got, want)
	}
	decks = notesTestDecks()
	met := &CardIDs{GUIDs: [][]string{{"g0", "g1", "g2"}, {"g3"}}, met: true} // a number added to one: hashed again
	decks[0].Cards[1].GUID = "kept"
	if got, want := sharedGUIDs(decks, met), PackageGUIDs(decks); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("GUIDs %q, want %q as PackageGUIDs gives them", got, want)
	}
}
