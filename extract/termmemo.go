package extract

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// termMemos remembers the last answer of isTerm in each of its slots, a
// slot per hash of the text asked. The card builder and the sheet's outline
// ask about the same terms (a "Term: definition" line is carded, then
// printed with its term in bold), and several rules ask about one line's
// term: on the synthetic vault 42 % of the asks repeat an earlier one,
// most a few lines later. Chunks are carded on several goroutines at once,
// so the slots are swapped whole.
var termMemos [1024]atomic.Pointer[termMemo]

// termSeed seeds the slots' hash.
var termSeed = maphash.MakeSeed()

// A termMemo is the answer of judgeTerm for one text.
type termMemo struct {
	s    string
	term bool
}

// isTerm reports whether s, the text before a separator, can be a term: a few
// words naming a thing, not a clause, a label, a URL, a number or code. It
// is judgeTerm, remembered.
func isTerm(s string) bool {
	slot := &termMemos[maphash.String(termSeed, s)%uint64(len(termMemos))]
	if m := slot.Load(); m != nil && m.s == s {
		return m.term
	}
	t := judgeTerm(s)
	slot.Store(&termMemo{s: strings.Clone(s), term: t}) // not a piece of a longer text, which the slot would keep alive
	return t
}
