package exporters

import (
	"slices"
	"sync"

	"github.com/notes2deck/notes2deck/extract"
)

// A Note is one card as the Anki exporters write it.
type Note struct {
	GUID   string   // as PackageGUIDs gives it
	Fields []string // as NoteFields gives them; shared, do not modify
	Tags   []string // as NoteTags gives them; shared, do not modify
}

// Notes returns the notes of the cards of decks, one slice per deck. Cards
// with the same heading path share their Context field, cards with the same
// tags as the card before their Tags, and the cards of a deck their Source
// field. The GUIDs are hashed beside the fields, on
// another goroutine.
func Notes(decks []extract.Deck) [][]Note {
	return notesOf(decks, nil)
}

// notesOf is Notes; when ids is not nil, the GUIDs are those of ids() and
// those the cards have set (see guidsKeeping), not hashed again, unless
// PackageGUIDs might give others.
func notesOf(decks []extract.Deck, ids func() *CardIDs) [][]Note {
	var guids [][]string
	hashed := make(chan struct{})
	go func() {
		defer close(hashed)
		if ids != nil {
			guids = guidsKeeping(decks, ids())
		}
		if guids == nil {
			guids = PackageGUIDs(decks)
		}
	}()
	out := make([][]Note, len(decks))
	for i, d := range decks {
		notes := make([]Note, len(d.Cards))
		fields := make([]string, 4*len(d.Cards))
		source := sourceField(d)
		var context []string        // of the previous card
		var contextHTML string      // its Context field
		var tags, noteTags []string // the previous card's tags, and its note's
		for j, c := range d.Cards {
			f := fields[4*j : 4*j+4 : 4*j+4]
			if j == 0 || !slices.Equal(c.Context, context) {
				contextHTML = contextField(c.Context)
			}
			context = c.Context
			if j == 0 || !slices.Equal(c.Tags, tags) {
				noteTags = NoteTags(c)
			}
			tags = c.Tags
			f[0], f[1], f[2], f[3] = noteHTML(c.Front), noteHTML(c.Back), contextHTML, source
			if c.Kind == extract.Cloze {
				f[1], f[2], f[3] = inertClozes(f[1]), inertClozes(f[2]), inertClozes(f[3])
			}
			notes[j] = Note{Fields: f, Tags: noteTags}
		}
		out[i] = notes
	}
	<-hashed
	for i, notes := range out {
		for j := range notes {
			notes[j].GUID = guids[i][j]
		}
	}
	return out
}

// shared holds the notes being used by exporters that run at the same time,
// by the decks slice they were made from (its first element).
var shared = struct {
	sync.Mutex
	m map[*extract.Deck]*sharedNotes
}{m: map[*extract.Deck]*sharedNotes{}}

// sharedNotes is one entry of shared.
type sharedNotes struct {
	len   int // of the decks slice
	users int
	notes func() [][]Note
}

// SharedNotes returns Notes(decks), computed once for the exporters that
// export the same decks slice at the same time (as one build writes its
// formats). Call done when finished with the notes; once every caller has,
// the next call computes them afresh, so decks may change between builds.
func SharedNotes(decks []extract.Deck) (notes [][]Note, done func()) {
	if len(decks) == 0 {
		return nil, func() {}
	}
	e, done := joinShared(decks, nil)
	if e == nil {
		return Notes(decks), done
	}
	computed := false
	defer func() {
		if !computed { // Notes panicked: do not keep the entry
			done()
		}
	}()
	notes = e.notes()
	computed = true
	return notes, done
}

// ShareNotes shares the notes of decks among the exporters that export
// that decks slice (see SharedNotes) until done is called, and makes them,
// once one asks, with the GUIDs of ids when no card's GUID is set then:
// they are those PackageGUIDs would hash again. ids must return
// NewCardIDs(decks), made before any GUID of decks was set.
func ShareNotes(decks []extract.Deck, ids func() *CardIDs) (done func()) {
	_, done = joinShared(decks, ids)
	return done
}

// joinShared counts one more user of the shared notes of decks, made from
// ids (see notesOf) when no exporter shares them yet, and returns them and
// the done that counts that user out. It returns a nil entry, and a done
// that does nothing, for no decks or for a longer or shorter view of decks
// than the one shared.
func joinShared(decks []extract.Deck, ids func() *CardIDs) (e *sharedNotes, done func()) {
	if len(decks) == 0 {
		return nil, func() {}
	}
	key := &decks[0]
	shared.Lock()
	e = shared.m[key]
	if e == nil || e.len != len(decks) {
		if e != nil { // a longer or shorter view of the same decks: not shared
			shared.Unlock()
			return nil, func() {}
		}
		e = &sharedNotes{len: len(decks), notes: sync.OnceValue(func() [][]Note { return notesOf(decks, ids) })}
		shared.m[key] = e
	}
	e.users++
	shared.Unlock()
	return e, func() {
		shared.Lock()
		if e.users--; e.users == 0 {
			delete(shared.m, key)
		}
		shared.Unlock()
	}
}
