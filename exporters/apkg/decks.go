package apkg

import (
	"crypto/sha256"
	"encoding/binary"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// defaultDeckID is Anki's Default deck. Our own decks never use it: a package
// deck with id 1 is dropped on import and its cards land in "Default".
const defaultDeckID = 1

// DeckID returns the package-internal id of the deck named name: a hash of
// the case-folded name in [2^32, 2^52), so it is stable, never 1, and exact
// in JSON. Anki finds decks by name on import; the id only links cards to decks.
func DeckID(name string) int64 {
	sum := sha256.Sum256([]byte("notes2deck deck\x1f" + strings.ToLower(name)))
	return int64(binary.BigEndian.Uint64(sum[:8])%(1<<52-1<<32)) + 1<<32
}

// deckSet collects the decks of a package, parents included, in first-use
// order, merging names that differ only in case as Anki does.
type deckSet struct {
	names []string
	ids   map[string]int64 // by deckKey
}

// deckKey is the name under which Anki finds a deck: its decks table compares
// names with the unicase collation, Unicode's full case folding, after NFC.
// strings.ToLower alone kept "Straße" and "STRASSE" (or "Café" typed with a
// combining accent) as two decks of the package that Anki's importer merges.
func deckKey(name string) string {
	return cases.Fold().String(norm.NFC.String(name))
}

// add registers the deck name and its parents and returns the deck's id.
func (s *deckSet) add(name string) int64 {
	if s.ids == nil {
		s.ids = map[string]int64{}
	}
	parts := strings.Split(name, "::")
	var id int64
	for i := range parts {
		n := strings.Join(parts[:i+1], "::")
		key := deckKey(n)
		var ok bool
		if id, ok = s.ids[key]; !ok {
			id = DeckID(n)
			s.ids[key] = id
			s.names = append(s.names, n)
		}
	}
	return id
}

// json returns col.decks: every collected deck plus Anki's Default deck
// (unless a deck of ours is called Default).
func (s *deckSet) json(mod int64) map[string]any {
	out := map[string]any{}
	deck := func(id int64, name string) {
		out[itoa(id)] = map[string]any{
			"id": id, "name": name, "mod": mod, "usn": -1, "desc": "", "dyn": 0, "conf": 1,
			"collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
			"newToday": []int{0, 0}, "revToday": []int{0, 0}, "lrnToday": []int{0, 0}, "timeToday": []int{0, 0},
		}
	}
	if _, ok := s.ids[deckKey("Default")]; !ok {
		deck(defaultDeckID, "Default")
	}
	for _, n := range s.names {
		deck(s.ids[deckKey(n)], n)
	}
	return out
}
