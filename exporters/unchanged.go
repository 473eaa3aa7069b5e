package exporters

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/notes2deck/notes2deck/extract"
)

// KeepUnchangedGUIDs gives each card of decks whose GUID is not set, and
// whose GUID now is one that prev knows from another note file of this
// build (a twin's, a case twin's) or not at all, the GUID of the one note
// a previous build wrote with exactly the card's kind, deck name and fields
// (front, back, Context and Source as written): the card is unchanged, so
// it keeps its own GUID before any later pass lends GUIDs to the cards that
// changed. Without it, twins told apart by rank (a.md and b.md of the same
// text, three twins, fronts that differ only in case) re-ranked when one of
// them was edited, recased or renamed, and the unchanged card took the
// changed one's GUID while the changed one took the unchanged one's: in
// Anki the two notes traded content and review histories. A card that
// shares its identity with another card, or with another remembered note,
// is left as it is, as is a note whose GUID a card of decks has set or
// keeps as its own. A card whose GUID now is that of a note file this build
// has not looks for none when its own note file is named as that file's
// conflict copy, or when that file's note has the card's fields but the
// Source: a copy kept as its note is deleted takes the note's reviewed
// GUIDs (see KeepGUIDs). Any other card looks (b.md's, once its twin a.md,
// whose answer was edited, is deleted: it finds its own, and a.md restored
// finds a.md's), and keeps the GUID it has when it finds none (a.md
// renamed c.md and edited). A card that looks and finds
// no note of its own may lose the GUID it has now to the card whose note
// that is: PackageGUIDs then gives it another. So may a card whose GUID
// now prev knows from its note file with another front as written (a case
// twin ranked into its twin's GUID): it holds that GUID weakly, and takes
// another when its answer changed too (see recasedTwins).
//
// remembered and prev are as KeepRecasedGUIDs's; ids must be
// NewCardIDs(decks), made before any GUID of decks was set.
func KeepUnchangedGUIDs(decks []extract.Deck, ids *CardIDs, prev func(guid string) []string,
	remembered func(each func(guid, deck, kind string, fields []string))) {
	cards := map[string][]cardRef{}   // the cards to look up, by identity
	recased := map[string][]cardRef{} // the cards holding a GUID weakly whose answer changed, by identity but the front
	taken := map[string]bool{}        // the GUIDs set, or of a card that keeps its own
	ranked := map[string][]cardRef{}  // the cards ranked into a deleted note file's GUID, by identity
	sources := make([]string, len(decks))
	built := make(map[string]bool, len(decks)) // the note files of this build, by Source field
	for i, d := range decks {
		sources[i] = sourceField(d)
		built[sources[i]] = true
	}
	for i, d := range decks {
		source := sources[i]
		for j, c := range d.Cards {
			if c.GUID != "" {
				taken[c.GUID] = true
				continue
			}
			was := prev(ids.GUIDs[i][j])
			gone := len(was) == 4 && !built[was[3]] // a note file's this build has not
			if gone && ids.id.ranked(i, j) {
				f := unchangedFields(c, source)
				k := unchangedKey(c.Kind.String(), DeckName(d.Name), f[:])
				if !copyOf(source, was[3]) || was[0] != f[0] || was[2] != f[2] {
					// Ranked into the GUID of a twin file deleted since
					// (b.md beside a.md), or one that file kept under
					// headings recased since: the card looks for its own,
					// which it had beside that file, so the file finds
					// its own again once restored.
					cards[k] = append(cards[k], cardRef{i, j})
					continue
				}
				// The deleted note's, ranked into it by its conflict
				// copy: the copy's own unless that twin is the note
				// renamed.
				ranked[k] = append(ranked[k], cardRef{i, j})
				taken[ids.GUIDs[i][j]] = true
				continue
			}
			if gone && !copyOf(source, was[3]) {
				if f := unchangedFields(c, source); was[0] != f[0] || was[1] != f[1] || was[2] != f[2] {
					// Its GUID alone is that of another card of a
					// twin file deleted since (b.md beside a.md,
					// whose answer was edited): the card looks for
					// its own, so that file finds its own again once
					// restored, and keeps this one when it has none
					// (a.md renamed c.md and edited).
					k := unchangedKey(c.Kind.String(), DeckName(d.Name), f[:])
					cards[k] = append(cards[k], cardRef{i, j})
					continue
				}
			}
			if was != nil && (len(was) != 4 || was[3] == source || gone) {
				if len(was) == 4 && was[3] == source && was[0] != c.Front && was[0] != noteHTML(c.Front) {
					// Its front as written is another's (see
					// recasedTwins): the card holds the GUID weakly.
					if b := noteHTML(c.Back); b != was[1] {
						k := unchangedKey(c.Kind.String(), DeckName(d.Name), []string{"", b, contextField(c.Context), source})
						recased[k] = append(recased[k], cardRef{i, j})
					}
					continue
				}
				// Its own, from its note file (KeepGUIDs tells case
				// twins apart there), or a deleted note file's, which
				// KeepGUIDs lets it keep (the note's conflict copy).
				taken[ids.GUIDs[i][j]] = true
				continue
			}
			f := unchangedFields(c, source)
			k := unchangedKey(c.Kind.String(), DeckName(d.Name), f[:])
			cards[k] = append(cards[k], cardRef{i, j})
		}
	}
	if len(cards) == 0 && len(recased) == 0 && len(ranked) == 0 {
		return
	}
	notes := map[string][]string{}     // the GUIDs of the notes no card has, by identity
	twinNotes := map[string][]string{} // the same, by identity but the front, of the cards in recased
	var known map[string]bool          // the note files prev knows, when a card is ranked
	if len(ranked) > 0 {
		known = map[string]bool{}
	}
	remembered(func(guid, deck, kind string, fields []string) {
		if len(fields) != 4 {
			return
		}
		if known != nil {
			known[fields[3]] = true
		}
		if taken[guid] {
			return
		}
		k := unchangedKey(kind, deck, fields)
		if cards[k] != nil || ranked[k] != nil {
			notes[k] = append(notes[k], guid)
		}
		if len(recased) > 0 {
			if k := unchangedKey(kind, deck, []string{"", fields[1], fields[2], fields[3]}); recased[k] != nil {
				twinNotes[k] = append(twinNotes[k], guid)
			}
		}
	})
	found := map[cardRef]string{} // the GUID each card found
	for k, guids := range notes {
		if refs := cards[k]; len(guids) == 1 && len(refs) == 1 {
			found[refs[0]] = guids[0]
		}
	}
	// A card may take the GUID another card that looked has now only when
	// that card found its own: a card that found none keeps the GUID it
	// has, which KeepGUIDs may then give it (a deleted note file's), and
	// which no other card may hold. But a card of the note file prev knows
	// that GUID from takes it from a card of another: a note renamed
	// ("tw1.md" to "renamed3.qmd") whose heading "## Straße" a twin file
	// reworded asks "Straße" alone again, with the GUID the reworded card
	// kept, and the two traded reviewed notes.
	holder := map[string]cardRef{} // the cards that looked, by the GUID they have now
	for _, refs := range cards {
		for _, r := range refs {
			holder[ids.GUIDs[r.i][r.j]] = r
		}
	}
	// ownFile reports whether prev knows g from r's note file and not
	// from h's.
	ownFile := func(r, h cardRef, g string) bool {
		f := prev(g)
		return len(f) == 4 && f[3] == sources[r.i] && f[3] != sources[h.i]
	}
	for dropped := true; dropped; {
		dropped = false
		for r, g := range found {
			if h, ok := holder[g]; ok && h != r && found[h] == "" && !ownFile(r, h, g) {
				delete(found, r)
				dropped = true
			}
		}
	}
	for r, g := range found {
		decks[r.i].Cards[r.j].GUID = g
	}
	keepCopyOwn(decks, ids, ranked, notes, known, sources)
	recasedTwins(decks, recased, twinNotes, found, holder, prev)
}

// keepCopyOwn gives each card in ranked (by identity, see unchangedKey),
// whose GUID now is a deleted note file's that it is ranked into beside a
// twin of the same front and answer, the GUID of the one note in notes of
// its identity, its own, when one of those twins is of a note file that
// known (the note files prev knows) has not: the deleted note was renamed
// ("bio.md" to "cells.md") beside its conflict copy ("bio (1).md"), which
// sorts first. Before, the copy kept the note's GUID and the renamed note
// took the copy's: in Anki the two notes traded review histories. The
// renamed note's cards then take the note's GUIDs (see KeepRenamedGUIDs).
// A copy left alone as its note is deleted keeps the note's GUIDs (see
// KeepGUIDs). ids and sources are KeepUnchangedGUIDs's.
func keepCopyOwn(decks []extract.Deck, ids *CardIDs, ranked map[string][]cardRef, notes map[string][]string, known map[string]bool, sources []string) {
	if len(ranked) == 0 {
		return
	}
	renamed := map[string]bool{} // the twins keys held by a card of a note file prev knows not
	var used map[string]bool
	for i := range decks {
		if known[sources[i]] {
			continue
		}
		for j := range decks[i].Cards {
			if k := ids.id.twins(i, j); k != "" {
				renamed[k] = true
			}
		}
	}
	for k, refs := range ranked {
		r := refs[0]
		if len(refs) != 1 || len(notes[k]) != 1 || !renamed[ids.id.twins(r.i, r.j)] {
			continue
		}
		if used == nil {
			used = usedGUIDs(decks, ids.GUIDs)
		}
		if g := notes[k][0]; !used[g] {
			decks[r.i].Cards[r.j].GUID = g
			used[g] = true
		}
	}
}

// recasedTwins gives a card that holds a GUID weakly, the note prev knows
// of it having another front as written and another answer, the GUID of
// the one note in twinNotes (by the same identity but the front, see
// unchangedKey) whose front as written is close to the card's (see
// frontsClose), when no other such card is close to that note and no card
// found it. Case twins ("## Café" and "## CAFÉ", asked "Bio: Café" and
// "Bio: CAFÉ") lose the heading that prefixes their fronts when one of
// them is reworded ("## cafe"): the other then asks "CAFÉ", whose GUID is
// the one "Café" had alone before its twin came; taking it swapped the two
// reviewed notes in Anki. Now it keeps "Bio: CAFÉ"'s, and the reworded
// card may take the one it leaves (see KeepRenamedGUIDs). recased holds
// the cards, by identity but the front; found the GUIDs the cards that
// looked found, holder those they have now (see KeepUnchangedGUIDs).
func recasedTwins(decks []extract.Deck, recased map[string][]cardRef, twinNotes map[string][]string, found map[cardRef]string, holder map[string]cardRef, prev func(guid string) []string) {
	given := make(map[string]bool, len(found))
	for _, g := range found {
		given[g] = true
	}
	for k, refs := range recased {
		var pairs [][2]int // card and note indexes close to each other
		for a, r := range refs {
			front := casedFront(decks[r.i].Cards[r.j].Front)
			for b, g := range twinNotes[k] {
				if _, held := holder[g]; held || given[g] {
					continue
				}
				if f := prev(g); len(f) == 4 && frontsClose(front, casedFront(f[0])) {
					pairs = append(pairs, [2]int{a, b})
				}
			}
		}
		for _, p := range pairs {
			unique := true
			for _, q := range pairs {
				if q != p && (q[0] == p[0] || q[1] == p[1]) {
					unique = false
				}
			}
			if unique {
				r := refs[p[0]]
				decks[r.i].Cards[r.j].GUID = twinNotes[k][p[1]]
			}
		}
	}
}

// unchangedFields returns the fields Notes writes for card c of a deck
// whose Source field is source.
func unchangedFields(c extract.Card, source string) [4]string {
	f := [4]string{noteHTML(c.Front), noteHTML(c.Back), contextField(c.Context), source}
	if c.Kind == extract.Cloze {
		f[1], f[2], f[3] = inertClozes(f[1]), inertClozes(f[2]), inertClozes(f[3])
	}
	return f
}

// unchangedKey is the identity KeepUnchangedGUIDs compares: a note's kind
// (reversed counts as basic, as in PackageGUIDs), deck name and fields, as
// written.
func unchangedKey(kind, deck string, fields []string) string {
	if kind == extract.Reversed.String() {
		kind = extract.Basic.String()
	}
	return strings.Join([]string{kind, deck, fields[0], fields[1], fields[2], fields[3]}, "\x1f")
}

// copyOf reports whether the note file of Source field source is named as
// a conflict copy (see extract.CopiedName) of the one of Source field
// original: "bio (1).md" of "bio.md".
func copyOf(source, original string) bool {
	ext := filepath.Ext(source)
	stem, ok := extract.CopiedName(strings.TrimSuffix(source, ext))
	return ok && stem+ext == original
}

// KeepCopiedGUIDs gives each card of a conflict copy ("bio (1).md", see
// copyOf) whose note ("bio.md") this build has not the GUID of the live
// note a previous build wrote of that note file with exactly the card's
// kind, deck name and fields but its Source, or else of its own file: kept
// as its note is deleted, the copy takes the note's reviewed GUIDs, and
// finds them again on the next build. Its cards computed those GUIDs only
// when alone of their front; beside a twin in another note file (a note
// added later that shares a card), or under a heading that note's twin
// file recased, they kept the copy's own, and the note's reviewed cards
// were tagged deleted. Cards and notes of one identity pair in order when
// they are as many, the notes by GUID, a card holding one of them keeping
// it; none does when a card of a note file live knows not has that
// identity too (the note renamed beside its copy, not deleted, keeps its
// own; see KeepRenamedGUIDs), or when another card holds one of the notes'
// GUIDs as its own. The cards of a copy that took over its note's GUIDs in
// a previous build find them as their own file's, even beside a copy of
// the copy ("bio (1) (1).md"), which live knows not.
//
// live calls its argument with each note the previous build had a card
// of; prev is as KeepGUIDs's. ids must be NewCardIDs(decks), made before
// any GUID of decks was set.
func KeepCopiedGUIDs(decks []extract.Deck, ids *CardIDs, prev func(guid string) []string,
	live func(each func(guid, deck, kind string, fields []string))) {
	var originals map[int]string // the note file each copy copies, by deck
	built := make(map[string]bool, len(decks))
	sources := make([]string, len(decks))
	for i, d := range decks {
		sources[i] = sourceField(d)
		built[sources[i]] = true
	}
	for i, source := range sources {
		ext := filepath.Ext(source)
		if stem, ok := extract.CopiedName(strings.TrimSuffix(source, ext)); ok && !built[stem+ext] {
			if originals == nil {
				originals = map[int]string{}
			}
			originals[i] = stem + ext
		}
	}
	if originals == nil {
		return
	}
	type twoKeys struct{ original, own string }
	cards := map[string][]cardRef{} // the copies' cards, by identity with the original's Source
	keys := map[cardRef]twoKeys{}
	from := map[string]bool{} // the Source fields looked up
	for i, original := range originals {
		from[original], from[sources[i]] = true, true
		for j, c := range decks[i].Cards {
			f := unchangedFields(c, original)
			k := unchangedKey(c.Kind.String(), DeckName(decks[i].Name), f[:])
			f = unchangedFields(c, sources[i])
			keys[cardRef{i, j}] = twoKeys{k, unchangedKey(c.Kind.String(), DeckName(decks[i].Name), f[:])}
			cards[k] = append(cards[k], cardRef{i, j})
		}
	}
	notes := map[string][]string{} // the notes of the cards' identities, by identity
	known := map[string]bool{}     // the note files live knows
	wanted := map[string]bool{}
	for _, k := range keys {
		wanted[k.original], wanted[k.own] = true, true
	}
	live(func(guid, deck, kind string, fields []string) {
		if len(fields) != 4 {
			return
		}
		known[fields[3]] = true
		if !from[fields[3]] {
			return
		}
		if k := unchangedKey(kind, deck, fields); wanted[k] {
			notes[k] = append(notes[k], guid)
		}
	})
	if len(notes) == 0 {
		return
	}
	held := map[string]bool{}    // the GUIDs that a card of another file has now from its own note file
	renamed := map[string]bool{} // the identities, but the Source, of the cards of note files live knows not
	for i, d := range decks {
		_, copied := originals[i]
		for j, c := range d.Cards {
			if f := prev(ids.GUIDs[i][j]); !copied && len(f) == 4 && f[3] == sources[i] {
				held[ids.GUIDs[i][j]] = true
			}
			if !known[sources[i]] {
				f := unchangedFields(c, "")
				renamed[unchangedKey(c.Kind.String(), DeckName(d.Name), f[:])] = true
			}
		}
	}
	own := map[string][]cardRef{} // the cards of groups of no note of the original, by identity with their own Source
	for _, refs := range cards {
		r := refs[0]
		guids := notes[keys[r].original]
		if len(guids) == 0 {
			for _, r := range refs {
				own[keys[r].own] = append(own[keys[r].own], r)
			}
			continue
		}
		f := unchangedFields(decks[r.i].Cards[r.j], "")
		if !renamed[unchangedKey(decks[r.i].Cards[r.j].Kind.String(), DeckName(decks[r.i].Name), f[:])] {
			pairNotes(decks, ids, refs, guids, held)
		}
	}
	// A copy that took over its note's GUIDs keeps them beside a note
	// file live knows not (a copy of the copy, "bio (1) (1).md"): they are
	// its own now.
	for k, refs := range own {
		pairNotes(decks, ids, refs, notes[k], held)
	}
}

// pairNotes gives the cards refs, of one identity, the GUIDs guids of the
// notes of that identity when they are as many and none is held (see
// KeepCopiedGUIDs): a card whose GUID now is one of them keeps it, the
// others take the rest in order, sorted. ids is KeepCopiedGUIDs's.
func pairNotes(decks []extract.Deck, ids *CardIDs, refs []cardRef, guids []string, held map[string]bool) {
	if len(guids) != len(refs) || slices.ContainsFunc(guids, func(g string) bool { return held[g] }) {
		return
	}
	free := slices.Sorted(slices.Values(guids))
	var rest []cardRef
	for _, r := range refs {
		if n := slices.Index(free, ids.GUIDs[r.i][r.j]); n >= 0 {
			decks[r.i].Cards[r.j].GUID = free[n]
			free = slices.Delete(free, n, n+1)
		} else {
			rest = append(rest, r)
		}
	}
	for n, r := range rest {
		decks[r.i].Cards[r.j].GUID = free[n]
	}
}
