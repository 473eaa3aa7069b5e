package exporters

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/notes2deck/notes2deck/extract"
)

// DeckIdentity returns the name under which Anki finds the deck named name:
// DeckName's levels, NFC, case-folded as Anki's unicase collation compares
// deck names. Two names of one identity ("Biology 101", "biology 101") are
// one deck in Anki.
func DeckIdentity(name string) string {
	return cases.Fold().String(norm.NFC.String(DeckName(name)))
}

// KeepRecasedGUIDs gives each card of decks whose GUID prev does not know
// the GUID of the one note a previous build wrote, and no card of decks has
// now, that differs from it only in the case of its deck name and headings:
// same kind, deck (see DeckIdentity) and heading path, each compared
// case-folded, and the same front (see recasedKey), or else fronts the
// same folded (see foldedFront) when no other card or note is so. A card's key holds its deck and headings as written, so a
// student who fixed the case of the H1 that names the deck ("# Cell
// biology" to "# Cell Biology"), of deck: in the front matter or
// notes2deck.yaml, or of a heading, made each card under it a new note,
// which Anki added beside its reviewed copy in the same deck. A card that
// shares that identity with another card, or with another remembered note,
// is left as it is.
//
// remembered calls its argument with the GUID, deck, kind and fields of
// each note the previous build wrote (see apkg.NoteState); prev is as
// KeepGUIDs's. ids must be NewCardIDs(decks), made before any GUID of decks
// was set.
func KeepRecasedGUIDs(decks []extract.Deck, ids *CardIDs, prev func(guid string) []string,
	remembered func(each func(guid, deck, kind string, fields []string))) {
	type cardRef struct{ i, j int }
	cards := map[string][]cardRef{}  // the cards whose GUID is new, by identity
	folded := map[string][]cardRef{} // the same, by identity with the front folded
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.GUID == "" && prev(ids.GUIDs[i][j]) == nil {
				context := contextField(c.Context)
				if c.Kind == extract.Cloze {
					context = inertClozes(context) // as Notes writes it
				}
				k, front := recasedKey(c.Kind.String(), d.Name, context, noteHTML(c.Front))
				cards[k+front] = append(cards[k+front], cardRef{i, j})
				folded[k+foldedFront(front)] = append(folded[k+foldedFront(front)], cardRef{i, j})
			}
		}
	}
	if len(cards) == 0 {
		return
	}
	// The GUIDs the cards have now: one set, or else computed (the one it
	// computes is free once a card took another, as a twin's case did).
	taken := map[string]bool{}
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.GUID != "" {
				taken[c.GUID] = true
			} else {
				taken[ids.GUIDs[i][j]] = true
			}
		}
	}
	notes := map[string][]string{}       // the GUIDs of the notes no card has, by identity
	foldedNotes := map[string][]string{} // the same, by identity with the front folded
	remembered(func(guid, deck, kind string, fields []string) {
		if taken[guid] || len(fields) < 3 {
			return
		}
		k, front := recasedKey(kind, deck, fields[2], fields[0])
		if cards[k+front] != nil {
			notes[k+front] = append(notes[k+front], guid)
		}
		if f := k + foldedFront(front); folded[f] != nil {
			foldedNotes[f] = append(foldedNotes[f], guid)
		}
	})
	given := map[string]bool{} // the GUIDs given
	for k, guids := range notes {
		if refs := cards[k]; len(guids) == 1 && len(refs) == 1 {
			decks[refs[0].i].Cards[refs[0].j].GUID = guids[0]
			given[guids[0]] = true
		}
	}
	// Then the fronts that differ in their folding only: "Straße" recased
	// "STRASSE" lowers to another front, one Anki's case folding calls the
	// same. Only when no other card or note folds so: "Co" and "CO" are
	// two terms.
	for k, guids := range foldedNotes {
		refs := folded[k]
		if len(guids) == 1 && len(refs) == 1 && !given[guids[0]] && decks[refs[0].i].Cards[refs[0].j].GUID == "" {
			decks[refs[0].i].Cards[refs[0].j].GUID = guids[0]
		}
	}
}

// foldedFront returns front, a recasedKey's, case-folded as Anki's
// unicase collation compares names ("Straße" and "STRASSE" are one).
func foldedFront(front string) string {
	return cases.Fold().String(front)
}

// recasedKey returns the identity KeepRecasedGUIDs compares, in two parts:
// the note's kind (reversed counts as basic, as in PackageGUIDs), deck and
// Context field, case-folded and ended by "\x1f", and the front as written,
// NFC with its white space folded. Only the deck and headings are
// folded: fronts that differ only in case are different terms ("Co"
// cobalt, "CO" carbon monoxide; "Mg", "mg"), and folded they shared one
// identity, so neither kept its GUID through a recased heading, and a card
// that had kept it lost it once its twin in the other case was added.
//
// A front that opens with the name of its deck or of one of its headings
// ("Bio: Café", the own card of "## Café" under "# Bio" beside "## cAFÉ";
// "Metoprolol: SE") has that name folded too, as the key's: it is the
// heading's name, not the term asked, so recasing "# Bio" to "# bio"
// changes it with the heading (before: the two case-twin headings' own
// cards, "bio: Café" and "bio: cAFÉ", each folded alike, so neither kept
// its GUID).
func recasedKey(kind, deck, context, front string) (string, string) {
	if kind == extract.Reversed.String() {
		kind = extract.Basic.String()
	}
	key := cases.Fold().String(norm.NFC.String(strings.Join(
		[]string{kind, DeckName(deck), context}, "\x1f"))) + "\x1f"
	front = norm.NFC.String(strings.Join(strings.Fields(front), " "))
	if i := strings.Index(front, ": "); i > 0 {
		if owner := cases.Fold().String(front[:i]); namesLevel(owner, key) {
			front = owner + front[i:]
		}
	}
	return key, front
}

// namesLevel reports whether owner is a level of the deck or headings of
// key, recasedKey's folded identity: kind, deck and Context field.
func namesLevel(owner, key string) bool {
	_, key, _ = strings.Cut(key, "\x1f")
	deck, context, _ := strings.Cut(strings.TrimSuffix(key, "\x1f"), "\x1f")
	return hasLevel(deck, "::", owner) || hasLevel(context, ContextSep, owner)
}

// hasLevel reports whether level is one of the levels of path, separated
// by sep.
func hasLevel(path, sep, level string) bool {
	for {
		l, rest, more := strings.Cut(path, sep)
		if l == level {
			return true
		}
		if !more {
			return false
		}
		path = rest
	}
}
