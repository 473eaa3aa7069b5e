package exporters

import (
	"slices"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestKeepUnchangedGUIDs builds twin note files (the same card in each),
// then rebuilds them with one file changed, against the state of the first
// build: the unchanged twins keep their own GUIDs and the changed one
// finds its own, never another's.
func TestKeepUnchangedGUIDs(t *testing.T) {
	file := func(deck, name, back string) extract.Deck {
		return extract.Deck{Name: deck, File: name, Cards: []extract.Card{
			{Front: "ATP", Back: back, Context: []string{"Cells"}}}}
	}
	state := builtState{}
	rebuild := func(decks []extract.Deck) []string {
		ids := NewCardIDs(decks)
		KeepUnchangedGUIDs(decks, ids, state.prev, state.each)
		KeepGUIDs(decks, ids, state.prev)
		KeepRecasedGUIDs(decks, ids, state.prev, state.each)
		return slices.Concat(PackageGUIDs(decks)...)
	}
	first := []extract.Deck{file("Bio", "a.md", "energy"), file("Bio", "b.md", "energy"), file("Bio", "c.md", "energy")}
	state.remember(first)
	was := slices.Concat(PackageGUIDs(first)...)

	// a.md's answer edited: b.md and c.md keep theirs, a.md its own.
	if got := rebuild([]extract.Deck{file("Bio", "a.md", "energy currency"), file("Bio", "b.md", "energy"), file("Bio", "c.md", "energy")}); !slices.Equal(got, was) {
		t.Errorf("one of three twins edited: GUIDs %q, want %q", got, was)
	}
	// b.md's deck recased: each keeps its own.
	if got := rebuild([]extract.Deck{file("Bio", "a.md", "energy"), file("BIO", "b.md", "energy"), file("Bio", "c.md", "energy")}); !slices.Equal(got, was) {
		t.Errorf("one of three twins recased: GUIDs %q, want %q", got, was)
	}
	// The same card twice in one file: one identity for two cards, so
	// neither looks, and no GUID is given twice.
	dup := file("Bio", "b.md", "energy")
	dup.Cards = append(dup.Cards, dup.Cards[0])
	got := rebuild([]extract.Deck{file("Bio", "a.md", "energy currency"), dup})
	seen := map[string]bool{}
	for _, g := range got {
		if seen[g] {
			t.Errorf("GUID %q given twice: %q", g, got)
		}
		seen[g] = true
	}
}

// TestKeepUnchangedOwnFile rebuilds a note whose reworded heading's card
// kept the GUID its front had alone ("Straße" reworded "Renamed topic"), as
// its twin file, which still asks "Straße", is renamed: that GUID is now the
// renamed file's card's own, but the unchanged card of the note prev knows
// it from keeps it, and the renamed file's card takes its own through rename
// detection (before: the two traded GUIDs).
func TestKeepUnchangedOwnFile(t *testing.T) {
	card := func(front, back, guid string) extract.Card {
		return extract.Card{Front: front, Back: back, Context: []string{"Unit"}, GUID: guid}
	}
	alone := GUIDs(extract.Deck{Name: "Bio", File: "renamed.md", Cards: []extract.Card{card("Straße", "chest pain", "")}})[0]
	state := builtState{}
	state.remember([]extract.Deck{
		{Name: "Bio", File: "n1.md", Cards: []extract.Card{card("Renamed topic", "chest pain (edited)", alone)}},
		{Name: "Bio", File: "tw1.md", Cards: []extract.Card{card("Straße", "chest pain", "twin-guid")}},
	})
	decks := []extract.Deck{
		{Name: "Bio", File: "n1.md", Cards: []extract.Card{card("Renamed topic", "chest pain (edited)", "")}},
		{Name: "Bio", File: "renamed.md", Cards: []extract.Card{card("Straße", "chest pain", "")}},
	}
	ids := NewCardIDs(decks)
	KeepUnchangedGUIDs(decks, ids, state.prev, state.each)
	KeepGUIDs(decks, ids, state.prev)
	KeepRecasedGUIDs(decks, ids, state.prev, state.each)
	KeepRenamedGUIDs(decks, ids, state.prev, state.each)
	got := slices.Concat(PackageGUIDs(decks)...)
	if want := []string{alone, "twin-guid"}; !slices.Equal(got, want) {
		t.Errorf("twin file renamed: GUIDs %q, want %q", got, want)
	}
}

// TestKeepCopyOwnRenamed rebuilds a note and its conflict copy, the copy's
// cards holding GUIDs of their own beside the note's, once the note is
// renamed to a name that sorts after the copy ("bio.md" to "cells.md"):
// each file's card keeps its GUID (before: the copy, ranked first, kept the
// note's, and the renamed note took the copy's). Once the note is deleted
// instead, the copy's card takes the note's GUID, as before.
func TestKeepCopyOwnRenamed(t *testing.T) {
	file := func(name string, guids ...string) extract.Deck {
		d := extract.Deck{Name: "Bio", File: name, Cards: []extract.Card{
			{Front: "Nucleus", Back: "holds DNA", Context: []string{"Cells"}},
			{Front: "Nucleus", Back: "the control centre", Context: []string{"Cells"}}}}
		for i, g := range guids {
			d.Cards[i].GUID = g
		}
		return d
	}
	note := GUIDs(file("bio.md"))
	state := builtState{}
	state.remember([]extract.Deck{file("bio (1).md", "copy", "copy-2"), file("bio.md", note...)})
	rebuild := func(decks []extract.Deck) []string {
		ids := NewCardIDs(decks)
		KeepUnchangedGUIDs(decks, ids, state.prev, state.each)
		KeepGUIDs(decks, ids, state.prev)
		KeepRecasedGUIDs(decks, ids, state.prev, state.each)
		KeepRenamedGUIDs(decks, ids, state.prev, state.each)
		return slices.Concat(PackageGUIDs(decks)...)
	}
	if got, want := rebuild([]extract.Deck{file("bio (1).md"), file("cells.md")}), []string{"copy", "copy-2", note[0], note[1]}; !slices.Equal(got, want) {
		t.Errorf("note renamed beside its copy: GUIDs %q, want %q", got, want)
	}
	if got, want := rebuild([]extract.Deck{file("bio (1).md")}), note; !slices.Equal(got, want) {
		t.Errorf("note deleted beside its copy: GUIDs %q, want %q", got, want)
	}
}

// TestKeepOwnBesideDeletedTwin rebuilds twin note files a.md and b.md,
// each with its own GUID, once b.md is deleted as a conflict copy of a.md
// sorts before it: a.md's card, ranked into b.md's GUID, takes its own
// (before: it kept b.md's, and took it again, trading with b.md, once b.md
// was restored). A conflict copy ranked so keeps its note's (see
// TestKeepCopyOwnRenamed).
func TestKeepOwnBesideDeletedTwin(t *testing.T) {
	file := func(name, guid string) extract.Deck {
		return extract.Deck{Name: "Bio", File: name, Cards: []extract.Card{
			{Front: "Gate", Back: "door", Context: []string{"Unit"}, GUID: guid}}}
	}
	state := builtState{}
	state.remember([]extract.Deck{file("a (1).md", "copy"), file("a.md", "a"), file("b.md", "b")})
	decks := []extract.Deck{file("a (1).md", ""), file("a.md", "")}
	ranks := GUIDs(extract.Deck{Name: "Bio", File: "x.md", Cards: []extract.Card{decks[0].Cards[0], decks[0].Cards[0], decks[0].Cards[0]}})
	state[ranks[1]] = state["b"] // a.md's card is ranked into b.md's GUID
	delete(state, "b")
	ids := NewCardIDs(decks)
	KeepUnchangedGUIDs(decks, ids, state.prev, state.each)
	KeepGUIDs(decks, ids, state.prev)
	if got := decks[1].Cards[0].GUID; got != "a" {
		t.Errorf("b.md deleted beside a.md and its copy: a.md's card has GUID %q, want its own %q", got, "a")
	}
	if !copyOf("a (1).md", "a.md") || copyOf("a (1).md", "b.md") || copyOf("a.md", "a.md") {
		t.Error("copyOf: wrong for a (1).md, a.md, b.md")
	}
}

// TestKeepCopiedGUIDs rebuilds a note's conflict copy once the note is
// deleted, beside a later note that shares its card: the copy's card takes
// the note's GUID (before: it kept the copy's own, as a twin stood beside
// it). Once the note is renamed instead ("bio.md" to "cells.md"), the copy
// keeps its own.
func TestKeepCopiedGUIDs(t *testing.T) {
	file := func(name, guid string) extract.Deck {
		return extract.Deck{Name: "Bio", File: name, Cards: []extract.Card{
			{Front: "Gate", Back: "door", Context: []string{"Unit"}, GUID: guid}}}
	}
	state := builtState{}
	state.remember([]extract.Deck{file("bio (1).md", "copy"), file("bio.md", "note"), file("other.md", "other")})
	rebuild := func(decks []extract.Deck) []string { return keepAllGUIDs(decks, state) }
	if got, want := rebuild([]extract.Deck{file("bio (1).md", ""), file("other.md", "")}), []string{"note", "other"}; !slices.Equal(got, want) {
		t.Errorf("note deleted beside its copy and a twin: GUIDs %q, want %q", got, want)
	}
	if got := rebuild([]extract.Deck{file("bio (1).md", ""), file("cells.md", ""), file("other.md", "")}); got[0] != "copy" {
		t.Errorf("note renamed beside its copy: GUIDs %q, want the copy's own first", got)
	}
	// The copy took over the note's GUID, and its own, which it ranks into
	// again beside a copy of the copy, was tagged deleted: it keeps the
	// note's (before: it went back to its own, and the new copy took the
	// note's).
	decks := []extract.Deck{file("bio (1) (1).md", ""), file("bio (1).md", "")}
	ranked := GUIDs(extract.Deck{Name: "Bio", Cards: slices.Concat(decks[0].Cards, decks[1].Cards)})[1]
	state = builtState{}
	state.remember([]extract.Deck{file("bio (1).md", ranked)})
	live := builtState{}
	live.remember([]extract.Deck{file("bio (1).md", "note")})
	state["note"] = live["note"]
	ids := NewCardIDs(decks)
	KeepCopiedGUIDs(decks, ids, state.prev, live.each)
	KeepUnchangedGUIDs(decks, ids, state.prev, state.each)
	KeepGUIDs(decks, ids, state.prev)
	if got := slices.Concat(PackageGUIDs(decks)...); got[1] != "note" || got[0] == ranked {
		t.Errorf("copy of the copy added: GUIDs %q, want the copy's %q second and not %q first", got, "note", ranked)
	}
}

// TestKeepOwnBesideDeletedTwinFile rebuilds twin note files a.md and b.md,
// a.md's answer edited, once a.md is deleted: b.md's card, alone of its
// front, computes a.md's GUID but keeps its own (before: it took a.md's,
// and a.md restored took b.md's). a.md renamed c.md keeps a.md's.
func TestKeepOwnBesideDeletedTwinFile(t *testing.T) {
	file := func(name, back, guid string) extract.Deck {
		return extract.Deck{Name: "Bio", File: name, Cards: []extract.Card{
			{Front: "ATP", Back: back, Context: []string{"Cells"}, GUID: guid}}}
	}
	alone := GUIDs(file("b.md", "energy", ""))[0]
	state := builtState{}
	state.remember([]extract.Deck{file("a.md", "energy more", alone), file("b.md", "energy", "b")})
	rebuild := func(decks []extract.Deck) []string { return keepAllGUIDs(decks, state) }
	if got := rebuild([]extract.Deck{file("b.md", "energy", "")}); got[0] != "b" {
		t.Errorf("a.md deleted beside b.md: b.md's card has GUID %q, want its own %q", got[0], "b")
	}
	if got := rebuild([]extract.Deck{file("b.md", "energy", ""), file("c.md", "energy more", "")}); !slices.Equal(got, []string{"b", alone}) {
		t.Errorf("a.md renamed c.md beside b.md: GUIDs %q, want %q", got, []string{"b", alone})
	}
}

// keepAllGUIDs gives decks the GUIDs a build over state gives them, with
// every keep pass in the build's order (cmd/notes2deck's state.go), and
// returns them in package order.
func keepAllGUIDs(decks []extract.Deck, state builtState) []string {
	ids := NewCardIDs(decks)
	KeepCopiedGUIDs(decks, ids, state.prev, state.each)
	KeepUnchangedGUIDs(decks, ids, state.prev, state.each)
	KeepGUIDs(decks, ids, state.prev)
	KeepRecasedGUIDs(decks, ids, state.prev, state.each)
	KeepRenamedGUIDs(decks, ids, state.prev, state.each)
	OneGUIDEach(decks, state.prev)
	return slices.Concat(PackageGUIDs(decks)...)
}
