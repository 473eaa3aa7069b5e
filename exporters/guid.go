package exporters

import (
	"crypto/sha256"
	"encoding/binary"
	"html"
	"slices"
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
// heading path (its ContextKey when set) and the normalised front (its Key
// when set). It ignores the
// back, the position and the build time, so editing an answer or moving a
// card keeps its identity.
func NoteKey(deck string, c extract.Card) string {
	return string(appendNoteKey(nil, deck, c))
}

// appendNoteKey appends NoteKey(deck, c) to b.
func appendNoteKey(b []byte, deck string, c extract.Card) []byte {
	front := c.Front
	if c.Key != "" {
		front = c.Key
	}
	return appendKey(b, deck, contextKey(c), front)
}

// contextKey returns the heading path that identifies c: its ContextKey
// when set, else its Context.
func contextKey(c extract.Card) []string {
	if c.ContextKey != nil {
		return c.ContextKey
	}
	return c.Context
}

// appendKey appends the key of a card of deck with context asking front:
// the deck, the heading path and the normalised front.
func appendKey(b []byte, deck string, context []string, front string) []byte {
	b = append(b, deck...)
	b = append(b, '\x1f')
	for i, level := range context {
		if i > 0 {
			b = append(b, " › "...)
		}
		b = append(b, level...)
	}
	b = append(b, '\x1f')
	return appendNormalisedFront(b, front)
}

// clozeSkeleton returns a cloze front with each deletion reduced to its
// number, "{{c1::Paris}} is the capital of {{c2::France::country}}" →
// "{{c1}} is the capital of {{c2}}": what the cloze asks, as a Basic card's
// front is. Keyed so, a cloze note keeps its identity, and each card its
// review history, when the student fixes a typo in a deletion or adds a
// hint; adding, removing or renumbering a deletion changes the skeleton,
// so no card's number comes to show another deletion. A deletion never
// closed ends the skeleton as written.
func clozeSkeleton(front string) string {
	var b strings.Builder
	for {
		i := strings.Index(front, "{{c")
		if i < 0 {
			break
		}
		j := i + 3
		for j < len(front) && (front[j] >= '0' && front[j] <= '9' || front[j] == ',') {
			j++
		}
		if j == i+3 || !strings.HasPrefix(front[j:], "::") {
			b.WriteString(front[:i+3])
			front = front[i+3:]
			continue
		}
		end := clozeEnd(front, j+2)
		if end < 0 {
			break
		}
		b.WriteString(front[:j])
		b.WriteString("}}")
		front = front[end:]
	}
	b.WriteString(front)
	return b.String()
}

// clozeEnd returns the offset just past the "}}" that closes the deletion
// whose text starts at from in s, counting deletions nested in it, or -1.
func clozeEnd(s string, from int) int {
	depth := 1
	for i := from; i+1 < len(s); i++ {
		switch {
		case s[i] == '{' && s[i+1] == '{':
			depth++
			i++
		case s[i] == '}' && s[i+1] == '}':
			depth--
			i++
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// GUIDs returns one GUID per card of d, in order, as PackageGUIDs does for
// d alone.
func GUIDs(d extract.Deck) []string {
	return PackageGUIDs([]extract.Deck{d})[0]
}

// PackageGUIDs returns the GUIDs of every card of decks, one slice per deck.
// A card's GUID comes from its kind and NoteKey: "notes2deck__<kind>__<key>";
// a cloze's key has its clozeSkeleton for front, unless another cloze under
// the same headings has that skeleton too.
// Cards that share a key (the same front under the same headings, in decks
// of one name: the rows of a table whose first column repeats, the
// "Situation" of each STAR story) each add their normalised back,
// "…__<key>__back:<back>", so deleting, inserting or reordering one leaves
// the others' identities alone. Told apart by their rank instead, a deleted
// row moved every later row's content onto another note and its review
// history. Cards that share the back too are told apart by their rank
// among those, "…__<n>".
//
// A card whose GUID field is set keeps that GUID (see KeepGUIDs).
func PackageGUIDs(decks []extract.Deck) [][]string {
	guids, _, _ := packageGUIDs(decks)
	return guids
}

// packageGUIDs is PackageGUIDs; it also returns the identities KeepGUIDs
// asks of the few cards whose GUID is new (see identities), and whether
// the hashes of two keys met, so that a card took the GUID of its key's
// hash and a number. The identities are made only when asked: they hash
// the card's back.
func packageGUIDs(decks []extract.Deck) (guids [][]string, id identities, met bool) {
	cards := 0
	for _, d := range decks {
		cards += len(d.Cards)
	}
	keys := make([][]string, len(decks)) // "<kind>__<key>" of each card
	count := make(map[string]int, cards) // sized once: most keys are a card's own
	var b []byte
	for i, d := range decks {
		keys[i] = make([]string, len(d.Cards))
		for j, c := range d.Cards {
			kind := c.Kind
			if kind == extract.Reversed {
				kind = extract.Basic // turning reverse on or off keeps the note
			}
			b = append(append(b[:0], kind.String()...), "__"...)
			if kind == extract.Cloze {
				b = appendKey(b, d.Name, contextKey(c), clozeSkeleton(c.Front))
			} else {
				b = appendNoteKey(b, d.Name, c)
			}
			keys[i][j] = string(b)
			count[keys[i][j]]++
		}
	}
	// Clozes of one skeleton ("{{c1}} is the capital of {{c2}}" of Paris
	// and of Rome) are keyed by their whole text, as they were before.
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.Kind == extract.Cloze && count[keys[i][j]] > 1 {
				b = append(append(b[:0], c.Kind.String()...), "__"...)
				b = appendNoteKey(b, d.Name, c)
				keys[i][j] = string(b)
				count[keys[i][j]]++
			}
		}
	}
	out := make([][]string, len(decks))
	seen := map[string]int{}              // cards so far of each key and back
	taken := make(map[string]bool, cards) // GUIDs given
	for _, d := range decks {
		for _, c := range d.Cards {
			if c.GUID != "" {
				taken[c.GUID] = true
			}
		}
	}
	for i, d := range decks {
		out[i] = make([]string, len(d.Cards))
		for j, c := range d.Cards {
			b = append(append(b[:0], "notes2deck__"...), keys[i][j]...)
			if count[keys[i][j]] > 1 {
				b = appendNormalisedFront(append(b, "__back:"...), c.Back)
				n := seen[string(b)]
				seen[string(b)] = n + 1
				if n > 0 {
					b = strconv.AppendInt(append(b, "__"...), int64(n), 10)
				}
			}
			if c.GUID != "" { // counted among its twins all the same, so theirs stay
				out[i][j] = c.GUID
				continue
			}
			g := guidOf(b)
			for n := 1; taken[g]; n++ {
				g = GUIDFor(guidOf(b), strconv.Itoa(n)) // two keys whose 64-bit hashes meet
				met = true
			}
			taken[g] = true
			out[i][j] = g
		}
	}
	// ranked appends to gs the GUIDs of the twins of key and back b
	// ("notes2deck__<key>__back:<back>") of the first twinRanks ranks.
	ranked := func(gs []string, b []byte) []string {
		gs = append(gs, guidOf(b))
		for n := 1; n < twinRanks; n++ {
			gs = append(gs, guidOf(strconv.AppendInt(append(b, "__"...), int64(n), 10)))
		}
		return gs
	}
	id.others = func(i, j int) []string {
		c := decks[i].Cards[j]
		if c.GUID != "" {
			return nil
		}
		var gs []string
		if c.Kind == extract.Cloze {
			b = appendKey(append(b[:0], "notes2deck__"+c.Kind.String()+"__"...), decks[i].Name, contextKey(c), clozeSkeleton(c.Front))
			if string(b[len("notes2deck__"):]) != keys[i][j] {
				gs = append(gs, guidOf(b))
			} else {
				b = appendNoteKey(append(b[:0], "notes2deck__"+c.Kind.String()+"__"...), decks[i].Name, c)
				gs = ranked(gs, appendNormalisedFront(append(b, "__back:"...), c.Back))
			}
		}
		b = append(append(b[:0], "notes2deck__"...), keys[i][j]...)
		if count[keys[i][j]] > 1 {
			return append(gs, guidOf(b))
		}
		return ranked(gs, appendNormalisedFront(append(b, "__back:"...), c.Back))
	}
	id.ranks = func(i, j int) []string {
		if count[keys[i][j]] < 2 {
			return nil
		}
		b = append(append(b[:0], "notes2deck__"...), keys[i][j]...)
		return ranked(nil, appendNormalisedFront(append(b, "__back:"...), decks[i].Cards[j].Back))
	}
	id.ranked = func(i, j int) bool {
		k := id.twins(i, j)
		return k != "" && seen[k] > 1
	}
	id.twins = func(i, j int) string {
		c := decks[i].Cards[j]
		if count[keys[i][j]] < 2 {
			return ""
		}
		b = append(append(b[:0], "notes2deck__"...), keys[i][j]...)
		return string(appendNormalisedFront(append(b, "__back:"...), c.Back))
	}
	return out, id, met
}

// twinRanks is how many twins of one key and back (see PackageGUIDs) a card
// left alone looks among for the GUID it had: a note and its conflict copy
// make two, a third copy is rare, and each rank costs a hash and a lookup.
const twinRanks = 3

// CardIDs are the GUIDs of a package's cards, as PackageGUIDs gives them,
// and the other identities KeepGUIDs asks of them: a build that reads them
// twice (to tell another folder's package, then to keep GUIDs) makes them
// once.
type CardIDs struct {
	GUIDs [][]string // by deck and card index
	id    identities
	met   bool // two keys' hashes met (see packageGUIDs)
}

// NewCardIDs returns the CardIDs of decks, a package's.
func NewCardIDs(decks []extract.Deck) *CardIDs {
	guids, id, met := packageGUIDs(decks)
	return &CardIDs{GUIDs: guids, id: id, met: met}
}

// guidsKeeping returns PackageGUIDs(decks) from ids, NewCardIDs(decks) made
// before any card of decks had its GUID set (as KeepGUIDs and the other
// Keep functions set them on a rebuild), without hashing a card again: the
// GUIDs of ids, and a card's own where it has one set. It returns nil when
// PackageGUIDs might give another GUID to a card without one: when two
// keys' hashes met as ids were made (a number added to a GUID depends on
// the GUIDs given before it), or when a GUID set is one ids give a card
// without one (PackageGUIDs gives that card its hash and a number).
func guidsKeeping(decks []extract.Deck, ids *CardIDs) [][]string {
	if ids.met {
		return nil
	}
	out := ids.GUIDs
	set := map[string]bool{}
	for i, d := range decks {
		cloned := false // ids' own rows stay as they are
		for j, c := range d.Cards {
			if c.GUID == "" {
				continue
			}
			if len(set) == 0 {
				out = slices.Clone(ids.GUIDs)
			}
			if !cloned {
				out[i], cloned = slices.Clone(ids.GUIDs[i]), true
			}
			out[i][j] = c.GUID
			set[c.GUID] = true
		}
	}
	if len(set) == 0 {
		return out
	}
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.GUID == "" && set[ids.GUIDs[i][j]] {
				return nil
			}
		}
	}
	return out
}

// identities are the other identities of the cards of the decks given to
// packageGUIDs, by deck and card index.
type identities struct {
	// others returns the GUIDs the card would have with fewer or more
	// twins: of its key alone when other cards share its key, of its key
	// and back when none does, and first, for a cloze keyed by its whole
	// text, of its clozeSkeleton, or for a cloze keyed by its skeleton, of
	// its whole text and back (twin clozes in two note files, once one
	// file is deleted). Of a key and back, it returns the GUIDs of the first
	// twinRanks twins of that back, so that the second of two twins in two
	// note files finds its own once the first's file is deleted. It returns
	// nil for a card whose GUID is set.
	others func(i, j int) []string
	// ranked reports whether another card has the card's key and back:
	// its GUID is then its rank among them, not its own identity.
	ranked func(i, j int) bool
	// ranks returns the GUIDs of the first twinRanks twins of the card's
	// key and back, or nil when no other card has its key.
	ranks func(i, j int) []string
	// twins returns the key and back that the card shares with the cards
	// ranked beside it (see PackageGUIDs), or "" when no other card has
	// its key.
	twins func(i, j int) string
}

// KeepGUIDs sets the GUID of each card of decks (a package's) that would
// lose the GUID it had in the previous build only because a twin came or
// went: a card with the same front under the same headings in a deck of the
// same name (a sync tool's conflict copy of the note, the same line twice).
// A card alone is keyed by its front, cards that share it by their fronts
// and backs; without KeepGUIDs, the card that was alone would become a new
// card in Anki when its twin appears, and again when it goes, its review
// history left on a note tagged notes2deck::deleted.
//
// prev returns the fields of the previous build's note of a GUID (nil for
// one it shipped deleted). A card takes one of its other GUIDs (see
// identities) when prev knows that one with the same back (and, for a
// cloze, the same text), no other card has it, and prev knows its own GUID
// not at all, or only from another note file of this build while the other
// GUID is from the card's own; of twins with the same back, the one from
// the same note file first. A card whose GUID prev knows from a note file
// this build has not keeps it, unless that GUID is only its rank among
// cards of the same front and back: the note deleted, its conflict copy
// ("bio (1).md") kept, the copy's cards take the reviewed GUIDs of the
// note's, not those they had beside them. Twins with the same back in two note files trade GUIDs so
// that each keeps the one prev knows from its file (see swapTwins). A card
// that was alone and whose back changed as a twin came takes its GUID by
// the words its back shares with the one prev knows (see keepEditedTwins).
//
// ids must be NewCardIDs(decks), made before any GUID of decks was set.
func KeepGUIDs(decks []extract.Deck, ids *CardIDs, prev func(guid string) []string) {
	guids, id := ids.GUIDs, ids.id
	sources := make([]string, len(decks))
	built := make(map[string]bool, len(decks)) // the note files of this build, by Source field
	for i, d := range decks {
		sources[i] = sourceField(d)
		built[sources[i]] = true
	}
	var used map[string]bool // the GUIDs given, made when a card first needs it
	var edited []cardRef     // the cards that found no GUID of theirs with their back
	// First the card from the same note file as before (the note, not its
	// conflict copy), then any.
	for _, sameFile := range []bool{true, false} {
		if !sameFile {
			swapTwins(decks, guids, sources, id.twins, prev)
		}
		for i := range decks {
			source := sources[i]
			for j := range decks[i].Cards {
				c := &decks[i].Cards[j]
				if c.GUID != "" {
					continue
				}
				// The GUID it has now is another note file's (its twin's
				// in a conflict copy), or new.
				was := prev(guids[i][j])
				if sameFile && len(was) == 4 && !built[was[3]] && !id.ranked(i, j) {
					// Its own, the card of a note file deleted since.
					c.GUID = guids[i][j]
					continue
				}
				if was != nil && (!sameFile || len(was) == 4 && was[3] == source) {
					if sameFile && len(was) == 4 {
						used = keepCaseTwin(c, id.ranks(i, j), was, source, prev, used, decks, guids)
					}
					continue
				}
				if used == nil {
					used = usedGUIDs(decks, guids)
				}
				for _, a := range id.others(i, j) {
					if used[a] {
						continue
					}
					f := prev(a)
					if len(f) == 4 && f[1] == noteHTML(c.Back) && (!sameFile || f[3] == source) &&
						(c.Kind != extract.Cloze || f[0] == noteHTML(c.Front)) {
						c.GUID = a
						used[a] = true
						break
					}
				}
				if !sameFile && c.GUID == "" && c.Kind != extract.Cloze {
					edited = append(edited, cardRef{i, j})
				}
			}
		}
	}
	keepEditedTwins(decks, edited, sources, id.others, prev, used)
}

// keepCaseTwin gives card c, whose GUID prev knows from its note file as
// the note was (its fields), the GUID of its twin of the same back that
// prev knows with c's front as written, when was has another front: of
// twins that differ only in case ("## Café" and "## cAFÉ", each over the
// same line), editing the first's answer made the unchanged second first of
// its back, ranked into the first's GUID, and Anki overwrote one reviewed
// note with the other's content. ranks are the GUIDs of c's twins of its
// back (see identities), nil when it has none; c keeps the one it has when
// none of them is known so. It returns used (see KeepGUIDs), made if nil.
func keepCaseTwin(c *extract.Card, ranks []string, was []string, source string, prev func(guid string) []string, used map[string]bool, decks []extract.Deck, guids [][]string) map[string]bool {
	if ranks == nil {
		return used
	}
	front := noteHTML(c.Front)
	if was[0] == front {
		return used
	}
	if used == nil {
		used = usedGUIDs(decks, guids)
	}
	back := noteHTML(c.Back)
	for _, a := range ranks {
		if f := prev(a); !used[a] && len(f) == 4 && f[0] == front && f[1] == back && f[3] == source {
			c.GUID = a
			used[a] = true
			break
		}
	}
	return used
}

// usedGUIDs returns the set of guids, a package's GUIDs by deck and card
// (see PackageGUIDs), and of the GUIDs set on the cards of decks, its decks.
func usedGUIDs(decks []extract.Deck, guids [][]string) map[string]bool {
	used := map[string]bool{}
	for _, gs := range guids {
		for _, g := range gs {
			used[g] = true
		}
	}
	for _, d := range decks {
		for _, c := range d.Cards {
			if c.GUID != "" {
				used[c.GUID] = true
			}
		}
	}
	return used
}

// A cardRef is card j of deck i.
type cardRef struct{ i, j int }

// keepEditedTwins gives a GUID that a card had alone to the one of its new
// twins that is that card with its answer edited: a "## Cells" heading whose
// paragraph the student reworded, in the build that also added a second
// "## Cells" under the same headings. KeepGUIDs matches the old GUID by the
// answer, so neither twin took it and the reviewed card became a new one.
// Of the cards in edited (those that found no GUID of theirs with their
// back, in KeepGUIDs's order) that could take the GUID (see identities),
// from the note file prev knows it from, the one whose answer shares the
// most words with the answer prev knows takes it; when none shares a word,
// or two share as many, none does. used holds the GUIDs given, or is nil.
func keepEditedTwins(decks []extract.Deck, edited []cardRef, sources []string, others func(i, j int) []string, prev func(guid string) []string, used map[string]bool) {
	var order []string               // the GUIDs wanted, in the order first wanted
	var wanting map[string][]cardRef // the cards that may take each
	for _, r := range edited {
		for _, a := range others(r.i, r.j) {
			if used[a] {
				continue
			}
			if f := prev(a); len(f) == 4 && f[3] == sources[r.i] && f[1] != noteHTML(decks[r.i].Cards[r.j].Back) {
				if wanting == nil {
					wanting = map[string][]cardRef{}
				}
				if wanting[a] == nil {
					order = append(order, a)
				}
				wanting[a] = append(wanting[a], r)
			}
		}
	}
	for _, a := range order {
		if used[a] {
			continue
		}
		was := answerWords(prev(a)[1])
		var best *extract.Card
		most, tie := 0, false
		for _, r := range wanting[a] {
			c := &decks[r.i].Cards[r.j]
			if c.GUID != "" {
				continue
			}
			n := 0
			for w := range answerWords(noteHTML(c.Back)) {
				if was[w] {
					n++
				}
			}
			switch {
			case n > most:
				best, most, tie = c, n, false
			case n == most && n > 0:
				tie = true
			}
		}
		if best == nil || tie {
			continue
		}
		best.GUID = a
		if used == nil {
			used = map[string]bool{}
		}
		used[a] = true
	}
}

// answerWords returns the words of an answer's HTML, case folded: its runs
// of letters and digits outside tags.
func answerWords(html string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(NormaliseFront(html), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		words[w] = true
	}
	return words
}

// swapTwins gives the cards of a note file back the GUIDs that their twins
// of the same back in another note file took. Such twins are told apart by
// their rank in file order, so the cards of a conflict copy whose name sorts
// before the note's ("bio (1).md" before "bio.md") take the GUIDs the note's
// cards had. A card whose GUID is not set, and which prev knows not at all
// or from another note file, trades GUIDs with the first twin (of the same
// twins key, see identities) holding one that prev knows from the card's
// own file. sources holds the Source field of each deck.
func swapTwins(decks []extract.Deck, guids [][]string, sources []string, twins func(i, j int) string, prev func(guid string) []string) {
	type ref struct{ i, j int }
	// wants reports whether card j of deck i may take another GUID: its
	// own is not set, and prev knows it from no note or from another one.
	wants := func(i, j int) bool {
		if decks[i].Cards[j].GUID != "" {
			return false
		}
		f := prev(guids[i][j])
		return len(f) != 4 || f[3] != sources[i]
	}
	var groups map[string][]ref // the twins of the cards that want, by twins key
	for i := range decks {
		for j := range decks[i].Cards {
			if wants(i, j) {
				if k := twins(i, j); k != "" {
					if groups == nil {
						groups = map[string][]ref{}
					}
					groups[k] = nil
				}
			}
		}
	}
	if groups == nil {
		return
	}
	for i := range decks {
		for j := range decks[i].Cards {
			if decks[i].Cards[j].GUID != "" {
				continue
			}
			if k := twins(i, j); k != "" {
				if g, ok := groups[k]; ok {
					groups[k] = append(g, ref{i, j})
				}
			}
		}
	}
	for _, group := range groups { // each group's trades touch its cards only
		held := map[string][]ref{} // the cards holding a GUID prev knows from another file, by that file
		for _, m := range group {
			if f := prev(guids[m.i][m.j]); len(f) == 4 && f[3] != sources[m.i] {
				held[f[3]] = append(held[f[3]], m)
			}
		}
		for _, w := range group {
			if !wants(w.i, w.j) {
				continue
			}
			q := held[sources[w.i]]
			for len(q) > 0 && decks[q[0].i].Cards[q[0].j].GUID != "" {
				q = q[1:]
			}
			if len(q) == 0 {
				continue
			}
			m := q[0]
			held[sources[w.i]] = q[1:]
			decks[w.i].Cards[w.j].GUID = guids[m.i][m.j]
			decks[m.i].Cards[m.j].GUID = guids[w.i][w.j]
		}
	}
}

// OneGUIDEach clears the GUID set on a card of decks (a package's, by the
// keep passes) that another card of decks holds too, so that the card takes
// its own (see PackageGUIDs): Anki matches notes by GUID, and of two notes
// with one GUID an import keeps one. Of the cards holding one GUID, the
// first whose note file prev knows that GUID from keeps it, or else the
// first in order; prev is as KeepGUIDs's.
func OneGUIDEach(decks []extract.Deck, prev func(guid string) []string) {
	holders := map[string][]cardRef{}
	dup := false
	for i, d := range decks {
		for j, c := range d.Cards {
			if c.GUID != "" {
				dup = dup || len(holders[c.GUID]) > 0
				holders[c.GUID] = append(holders[c.GUID], cardRef{i, j})
			}
		}
	}
	if !dup {
		return
	}
	for i, d := range decks {
		for j, c := range d.Cards {
			refs := holders[c.GUID]
			if c.GUID == "" || len(refs) < 2 || refs[0] != (cardRef{i, j}) {
				continue
			}
			keep := refs[0]
			if was := prev(c.GUID); len(was) == 4 {
				for _, r := range refs {
					if sourceField(decks[r.i]) == was[3] {
						keep = r
						break
					}
				}
			}
			for _, r := range refs {
				if r != keep {
					decks[r.i].Cards[r.j].GUID = ""
				}
			}
		}
	}
}
