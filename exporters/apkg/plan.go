package apkg

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// DeletedTag marks a note whose card disappeared from the notes since the
// previous build. Such a note is shipped once more with this tag, which no
// card of the notes carries (see extract.DeletedTag).
const DeletedTag = extract.DeletedTag

// A note is one row of the notes table, with its cards.
type note struct {
	id, mid, mod int64
	guid         string
	kind         extract.Kind
	fields       []string
	tags         []string
	did          int64
	ords         []int
	due          int // new-card position of its cards
}

// A plan is the content of one package, in insertion order.
type plan struct {
	notes []note
	decks deckSet
	cards int
	media []extract.Media
}

// itoa formats an id as a JSON map key.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// hashLen is the length of a content hash in hex digits.
const hashLen = 32

// appendContentHash appends to dst the hex content hash of a note: what Anki
// stores of it (note type, fields, tags). buf is scratch space; the grown
// buffers are returned.
func appendContentHash(dst, buf []byte, mid int64, fields, tags []string) ([]byte, []byte) {
	b := strconv.AppendInt(buf[:0], mid, 10)
	for _, f := range fields {
		b = append(append(b, 0x1f), f...)
	}
	b = append(b, 0x1e)
	for i, t := range tags {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	sum := sha256.Sum256(b)
	return hex.AppendEncode(dst, sum[:hashLen/2]), b
}

// makePlan lays out the notes of decks in document order, then the notes that
// prev knows but decks no longer hold, tagged DeletedTag. Modification times
// come from prev: unchanged notes keep theirs, changed ones get now (or one
// second more than before, if that is later). The plan's media are media plus
// the files of deleted notes that are no longer in media but still readable
// where they were; references to files that are not become plain text (see
// shippableMedia). The returned state holds the notes of decks, and each
// deleted note as shipped (NoteState.Shipped): it is shipped once, and if
// its card comes back, its mod is later than the tagged copy's.
func makePlan(decks []extract.Deck, media []extract.Media, prev *State, now int64) (*plan, *State) {
	total := 0
	for _, d := range decks {
		total += len(d.Cards)
	}
	p := &plan{media: media, notes: make([]note, 0, total)}
	paths := make(map[string]string, len(media))
	for _, m := range media {
		if abs, err := filepath.Abs(m.Path); err == nil && m.Path != "" {
			paths[m.Name] = abs // found again from any working folder
		}
	}
	next := &State{Notes: make(map[string]*NoteState, total)}
	var old map[string]*NoteState
	if prev != nil {
		old = prev.Notes
	}
	base := now * 1000 // note and card ids: milliseconds, as Anki's are
	// A note back after it was shipped deleted has no hash: it is changed,
	// so its mod is later than the tagged copy Anki holds, and the
	// import lifts the tag.
	mod := func(guid string, hash []byte) int64 {
		o, ok := old[guid]
		switch {
		case !ok:
			return now
		case o.Hash == string(hash):
			return o.Mod
		}
		return max(now, o.Mod+1)
	}
	add := func(n note) {
		n.id = base + int64(len(p.notes))
		n.due = len(p.notes) + 1
		n.ords = cardOrds(n.kind, n.fields)
		p.cards += len(n.ords)
		p.notes = append(p.notes, n)
	}
	notes, done := exporters.SharedNotes(decks)
	defer done()
	// The states and their hashes are allocated in one piece each: a vault
	// of 100,000 cards would otherwise allocate 200,000 small objects.
	states := make([]NoteState, total)
	var buf []byte
	hashes := make([]byte, 0, total*hashLen)
	for i, d := range decks {
		name := exporters.DeckName(d.Name)
		did := p.decks.add(name)
		for j, c := range d.Cards {
			dn := &notes[i][j]
			n := note{guid: dn.GUID, kind: c.Kind, mid: notetypeID(c.Kind), did: did, fields: dn.Fields, tags: dn.Tags}
			hashes, buf = appendContentHash(hashes, buf, n.mid, n.fields, n.tags)
			n.mod = mod(n.guid, hashes[len(hashes)-hashLen:])
			st := &states[len(p.notes)]
			*st = NoteState{Mod: n.mod, Deck: name, Kind: c.Kind.String(),
				Fields: n.fields, Tags: n.tags, Media: mediaPaths(n.fields, paths)}
			next.Notes[n.guid] = st
			add(n)
		}
	}
	all := string(hashes) // the k-th hash is that of p.notes[k], states[k]
	for k := range states {
		states[k].Hash = all[k*hashLen : (k+1)*hashLen]
	}
	var gone []string
	for g := range old {
		if next.Notes[g] == nil {
			gone = append(gone, g)
		}
	}
	sort.Strings(gone)
	for _, g := range gone {
		o := old[g]
		if o.Shipped() {
			next.Notes[g] = o // still gone: keep remembering when it was shipped
			continue
		}
		k := parseKind(o.Kind)
		if len(o.Fields) != len(exporters.FieldNames(k)) {
			continue // a hand-edited state file; nothing sensible to ship
		}
		tags := append(append([]string(nil), o.Tags...), DeletedTag)
		n := note{guid: g, kind: k, mid: notetypeID(k), mod: max(now, o.Mod+1),
			did: p.decks.add(exporters.DeckName(o.Deck)), fields: shippableMedia(o, p),
			tags: exporters.NoteTags(extract.Card{Tags: tags})}
		next.Notes[g] = &NoteState{Mod: n.mod, Deck: o.Deck, Kind: o.Kind, Fields: o.Fields}
		add(n)
	}
	p.media = usedMedia(p.notes, p.media)
	return p, next
}

// parseKind is the inverse of extract.Kind.String.
func parseKind(s string) extract.Kind {
	for _, k := range []extract.Kind{extract.Basic, extract.Reversed, extract.Cloze} {
		if k.String() == s {
			return k
		}
	}
	return extract.Basic
}
