package exporters

import (
	"crypto/sha256"
	"encoding/binary"
	"html"
	"strconv"
	"strings"

	"github.com/notes2deck/notes2deck/extract"
)

// base91Alphabet is Anki's GUID alphabet (rslib notes/mod.rs base91_u64).
const base91Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"

// Base91 encodes n as Anki does, most significant digit first.
func Base91(n uint64) string {
	if n == 0 {
		return "a"
	}
	var b []byte
	for n > 0 {
		b = append(b, base91Alphabet[n%91])
		n /= 91
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// GUIDFor hashes values as genanki's guid_for does: SHA-256 of the values
// joined with "__", the first 8 bytes big-endian, in base 91.
func GUIDFor(values ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(values, "__")))
	return Base91(binary.BigEndian.Uint64(sum[:8]))
}

// NormaliseFront reduces a card front to the text that identifies it: tags
// removed, entities decoded, case and whitespace folded.
func NormaliseFront(front string) string {
	s := html.UnescapeString(replaceTags(front))
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// replaceTags replaces every "<…>" (a "<", then no ">" up to the next ">")
// with a space; a "<" without a later ">" stays.
func replaceTags(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
		i = strings.IndexByte(s, '<')
	}
	b.WriteString(s)
	return b.String()
}

// NoteKey is the stable identity of a card within its deck: the deck, the
// heading path and the normalised front. It ignores the back, the position and
// the build time, so editing an answer or moving a card keeps its identity.
func NoteKey(deck string, c extract.Card) string {
	return strings.Join([]string{deck, strings.Join(c.Context, " › "), NormaliseFront(c.Front)}, "\x1f")
}

// GUIDs returns one GUID per card of d, in order. A card's GUID comes from its
// kind and NoteKey; cards sharing a key are told apart by their rank among
// them, so two cards with the same front in one deck still get distinct GUIDs.
func GUIDs(d extract.Deck) []string {
	out := make([]string, len(d.Cards))
	seen := make(map[string]int, len(d.Cards))
	for i, c := range d.Cards {
		key := NoteKey(d.Name, c)
		n := seen[key]
		seen[key] = n + 1
		kind := c.Kind.String()
		if c.Kind == extract.Reversed {
			kind = extract.Basic.String() // turning reverse on or off keeps the note
		}
		vals := []string{"notes2deck", kind, key}
		if n > 0 {
			vals = append(vals, strconv.Itoa(n))
		}
		out[i] = GUIDFor(vals...)
	}
	return out
}

// PackageGUIDs returns the GUIDs of every card of decks, one slice per deck,
// as GUIDs does; should two decks share a name (and so a GUID), the later
// card's GUID is re-hashed with a counter, so GUIDs are unique in one output.
func PackageGUIDs(decks []extract.Deck) [][]string {
	out := make([][]string, len(decks))
	seen := map[string]bool{}
	for i, d := range decks {
		out[i] = GUIDs(d)
		for j, g := range out[i] {
			for n := 1; seen[g]; n++ {
				g = GUIDFor(out[i][j], strconv.Itoa(n))
			}
			seen[g] = true
			out[i][j] = g
		}
	}
	return out
}
