package extract

import (
	"encoding/binary"
	"sync"
	"unsafe"
)

// Byte pairs of a note. Before the parse, about 75 quick tests each search
// the whole note for a pattern ("\n+-", "TODO", "{{<") that is almost never
// there, and each search reads the whole note: 4.45 MB read 75 times for a
// vault of 10,000 items, and each note of a folder read as many times. A
// pattern holds every pair of adjacent bytes it is made of, so a note that
// lacks one of its pairs lacks it: the note's pairs, found in one pass,
// answer most of those tests without a search. The set is made for a text
// searched pairCalls times, kept while the text is among the pairSlots
// searched last, and a long text's is forgotten when its note's parse ends
// (forgetPairs).

// pairMin is the length from which a text's searches look at its pairs; a
// shorter text is searched at once. A variable for the tests.
var pairMin = 4 << 10

// pairLong is the length from which a text is let go, with its pairs, when
// a note's parse ends; the shorter texts stay until later texts take their
// slots, which keeps at most pairSlots times pairLong bytes alive.
const pairLong = 256 << 10

// pairCalls is how many searches of one text make its set of pairs: finding
// the pairs costs a few searches, and a text rewritten after each search or
// two is searched, not indexed.
const pairCalls = 8

// pairSlots is how many texts have their searches counted, and their pairs
// kept, at once: enough for a note parsed on each core of a small machine
// without one taking the slot of the other at each search.
const pairSlots = 4

// A pairSet holds true for each pair of adjacent bytes of a text, by the
// pair's first byte times 256 plus its second: a byte each, not a bit, so
// that making it stores and never loads.
type pairSet [1 << 16]bool

// add sets the pairs of adjacent bytes of b in s. It reads b eight bytes
// at a time, as a big-endian word whose top sixteen bits are the first
// pair, the next sixteen from the top the second, and so on.
func (s *pairSet) add(b []byte) {
	i := 0
	for ; i+9 <= len(b); i += 8 {
		v := binary.BigEndian.Uint64(b[i:])
		s[uint16(v>>48)] = true
		s[uint16(v>>40)] = true
		s[uint16(v>>32)] = true
		s[uint16(v>>24)] = true
		s[uint16(v>>16)] = true
		s[uint16(v>>8)] = true
		s[uint16(v)] = true
		s[uint16(v)<<8|uint16(b[i+8])] = true
	}
	for ; i+1 < len(b); i++ {
		s[uint16(b[i])<<8|uint16(b[i+1])] = true
	}
}

// holds reports whether the text of s has every pair of adjacent bytes of
// pat.
func (s *pairSet) holds(pat string) bool {
	for i := 0; i+1 < len(pat); i++ {
		if !s[uint16(pat[i])<<8|uint16(pat[i+1])] {
			return false
		}
	}
	return true
}

// pairs holds the texts searched last. Notes parsed at once on several
// cores share it: each text has its own slot, and a note that takes the slot
// searched least recently costs that text its set, never a wrong answer. A
// set is read and changed only with the lock held, so a set taken from a
// slot can be filled again for another text.
var pairs struct {
	sync.Mutex
	slots [pairSlots]pairSlot
	tick  uint64 // counts searches, to find the slot searched least recently
}

// A pairSlot is a text searched lately: how many times, at which tick
// last, and its set of pairs once made. text keeps the text alive, so that
// no other text can take its place at its address while it is here.
type pairSlot struct {
	text  []byte
	calls int
	last  uint64
	set   *pairSet
}

// pairSets recycles the sets of the texts that lost their slots.
var pairSets = sync.Pool{New: func() any { return new(pairSet) }}

// sameText reports whether a and b are the same bytes in memory.
func sameText(a, b []byte) bool {
	return len(a) == len(b) && unsafe.SliceData(a) == unsafe.SliceData(b)
}

// lacksPair reports whether b, a text of pairMin bytes or more, lacks a
// pair of adjacent bytes of pat, so that pat is not within b; false when b
// is not known well enough to tell. The rewrites before the parse never change a text in place: a
// rewrite returns a new text, so the set of a text stays true of it.
func lacksPair(b []byte, pat string) bool {
	if len(b) < pairMin || len(pat) < 2 {
		return false
	}
	pairs.Lock()
	s := slotOf(b)
	s.calls++
	if s.set != nil || s.calls != pairCalls {
		lacks := s.set != nil && !s.set.holds(pat)
		pairs.Unlock()
		return lacks
	}
	pairs.Unlock()
	set := pairSets.Get().(*pairSet)
	clear(set[:])
	set.add(b)
	lacks := !set.holds(pat)
	pairs.Lock()
	if s := findSlot(b); s != nil && s.set == nil {
		s.set = set
	} else {
		pairSets.Put(set)
	}
	pairs.Unlock()
	return lacks
}

// findSlot returns the slot of text b, or nil; pairs must be locked.
func findSlot(b []byte) *pairSlot {
	for i := range pairs.slots {
		if s := &pairs.slots[i]; sameText(s.text, b) {
			return s
		}
	}
	return nil
}

// slotOf returns the slot of text b, marked searched now; a text without
// one takes the slot searched least recently. pairs must be locked.
func slotOf(b []byte) *pairSlot {
	pairs.tick++
	s := findSlot(b)
	if s == nil {
		s = &pairs.slots[0]
		for i := range pairs.slots {
			if pairs.slots[i].last < s.last {
				s = &pairs.slots[i]
			}
		}
		s.forget()
		s.text = b
	}
	s.last = pairs.tick
	return s
}

// forget empties s and recycles its set; pairs must be locked.
func (s *pairSlot) forget() {
	if s.set != nil {
		pairSets.Put(s.set)
	}
	*s = pairSlot{}
}

// forgetPairs forgets the long texts searched last and their pairs, and
// lets the texts go: a note's parse calls it when it is done, so that a long
// note is not kept in memory after it. A long note parsed at the same time
// loses its set, which costs it a few searches.
func forgetPairs() {
	pairs.Lock()
	for i := range pairs.slots {
		if len(pairs.slots[i].text) >= pairLong {
			pairs.slots[i].forget()
		}
	}
	pairs.Unlock()
}
