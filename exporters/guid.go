package exporters

import (
	"crypto/sha256"
	"encoding/binary"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// base91Alphabet is Anki's GUID alphabet (rslib notes/mod.rs base91_u64).
const base91Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"

// Base91 encodes n as Anki does, most significant digit first.
func Base91(n uint64) string {
	var b [10]byte // 91^10 > 2^64
	i := len(b)
	for {
		i--
		b[i] = base91Alphabet[n%91]
		n /= 91
		if n == 0 {
			return string(b[i:])
		}
	}
}

// GUIDFor hashes values as genanki's guid_for does: SHA-256 of the values
// joined with "__", the first 8 bytes big-endian, in base 91.
func GUIDFor(values ...string) string {
	return guidOf([]byte(strings.Join(values, "__")))
}

// guidOf is GUIDFor of the values already joined into b.
func guidOf(b []byte) string {
	sum := sha256.Sum256(b)
	return Base91(binary.BigEndian.Uint64(sum[:8]))
}

// NormaliseFront reduces a card front to the text that identifies it: tags
// removed, entities decoded, case and whitespace folded.
func NormaliseFront(front string) string {
	return string(appendNormalisedFront(nil, front))
}

// appendNormalisedFront appends NormaliseFront(front) to b. A "<…>" becomes
// white space before entities are decoded, so that "&lt;b&gt;" stays text.
func appendNormalisedFront(b []byte, front string) []byte {
	if strings.IndexByte(front, '&') < 0 {
		return appendFolded(b, front, true)
	}
	return appendFolded(b, html.UnescapeString(extract.ReplaceTags(front)), false)
}

// appendFolded appends s to b as strings.ToLower(strings.Join(strings.Fields(s),
// " ")) would make it, without building those strings: runs of white space
// (unicode.IsSpace) become one space, none at either end, and each rune is
// lowered (an invalid byte becomes U+FFFD). With tags, each "<…>" (a "<", then
// no ">" up to the next ">") counts as white space, as in extract.ReplaceTags.
func appendFolded(b []byte, s string, tags bool) []byte {
	start := len(b)
	space := false // white space since the last rune written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
				continue
			case c == '<' && tags:
				if j := strings.IndexByte(s[i:], '>'); j >= 0 {
					i += j + 1
					space = true
					continue
				}
				tags = false // no ">" later: every "<" left is text
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// NoteKey is the stable identity of a card within its deck: the deck, the
// heading path and the normalised front. It ignores the back, the position and
// the build time, so editing an answer or moving a card keeps its identity.
func NoteKey(deck string, c extract.Card) string {
	return string(appendNoteKey(nil, deck, c))
}

// appendNoteKey appends NoteKey(deck, c) to b.
func appendNoteKey(b []byte, deck string, c extract.Card) []byte {
	b = append(b, deck...)
	b = append(b, '\x1f')
	for i, level := range c.Context {
		if i > 0 {
			b = append(b, " › "...)
		}
		b = append(b, level...)
	}
	b = append(b, '\x1f')
	return appendNormalisedFront(b, c.Front)
}

// GUIDs returns one GUID per card of d, in order. A card's GUID comes from its
// kind and NoteKey; cards sharing a key are told apart by their rank among
// them, so two cards with the same front in one deck still get distinct GUIDs.
func GUIDs(d extract.Deck) []string {
	out := make([]string, len(d.Cards))
	seen := make(map[string]int, len(d.Cards))
	var b []byte // GUIDFor's input: "notes2deck__<kind>__<key>[__<rank>]"
	for i, c := range d.Cards {
		kind := c.Kind
		if kind == extract.Reversed {
			kind = extract.Basic // turning reverse on or off keeps the note
		}
		b = append(append(append(b[:0], "notes2deck__"...), kind.String()...), "__"...)
		k := len(b)
		b = appendNoteKey(b, d.Name, c)
		n := seen[string(b[k:])]
		seen[string(b[k:])] = n + 1
		if n > 0 {
			b = strconv.AppendInt(append(b, "__"...), int64(n), 10)
		}
		out[i] = guidOf(b)
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
