package extract

import (
	"encoding/binary"
	"sync"
	"unsafe"
)

// Byte pairs of a long note. Before the parse, about 75 quick tests each
// search the whole note for a pattern ("\n+-", "TODO", "{{<") that is
// almost never there, and each search reads the whole note: 4.45 MB read 75
// times for a vault of 10,000 items. A pattern holds every pair of adjacent
// bytes it is made of, so a note that lacks one of its pairs lacks it: the
// note's pairs, found in one pass, answer most of those tests without a
// search. The set is made for a text searched pairCalls times in a row,
// and forgotten when the note's parse ends (forgetPairs).

// pairMin is the length from which a text's searches look at its pairs; a
// shorter text is searched at once. A variable for the tests.
var pairMin = 256 << 10

// pairCalls is how many searches in a row of one text make its set of pairs:
// finding the pairs costs a few searches, and a text rewritten after each
// search or two is searched, not indexed.
const pairCalls = 8

// A pairSet holds true for each pair of adjacent bytes of a text, by the
// pair's first byte times 256 plus its second: a byte each, not a bit, so
// that making it stores and never loads.
type pairSet [1 << 16]bool

// newPairSet returns the pairs of adjacent bytes of b. It reads b eight
// bytes at a time, as a big-endian word whose top sixteen bits are the
// first pair, the next sixteen from the top the second, and so on.
func newPairSet(b []byte) *pairSet {
	s := new(pairSet)
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
	return s
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

// pairs is the long text searched last, how many times in a row, and its
// set of pairs once made. Notes parsed at once on several cores share it:
// one note's search makes another's text the last, which costs that note
// its set, never a wrong answer. text keeps the text alive, so that no
// other text can take its place at its address while it is here.
var pairs struct {
	sync.Mutex
	text  []byte
	calls int
	set   *pairSet
}

// sameText reports whether a and b are the same bytes in memory.
func sameText(a, b []byte) bool {
	return len(a) == len(b) && unsafe.SliceData(a) == unsafe.SliceData(b)
}

// lacksPair reports whether b, a long text, lacks a pair of adjacent bytes of
// pat, so that pat is not within b; false when b is not known well enough
// to tell. The rewrites before the parse never change a text in place: a
// rewrite returns a new text, so the set of a text stays true of it.
func lacksPair(b []byte, pat string) bool {
	if len(b) < pairMin || len(pat) < 2 {
		return false
	}
	pairs.Lock()
	if !sameText(pairs.text, b) {
		pairs.text, pairs.calls, pairs.set = b, 0, nil
	}
	pairs.calls++
	set, build := pairs.set, pairs.set == nil && pairs.calls == pairCalls
	pairs.Unlock()
	if build {
		set = newPairSet(b)
		pairs.Lock()
		if sameText(pairs.text, b) {
			pairs.set = set
		}
		pairs.Unlock()
	}
	return set != nil && !set.holds(pat)
}

// forgetPairs forgets the text searched last and its pairs, and lets the
// text go: a note's parse calls it when it is done, so that a long note is
// not kept in memory after it. A note parsed at the same time loses its
// set, which costs it a few searches.
func forgetPairs() {
	pairs.Lock()
	pairs.text, pairs.calls, pairs.set = nil, 0, nil
	pairs.Unlock()
}
