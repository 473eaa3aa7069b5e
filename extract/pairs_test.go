package extract

import (
	"bytes"
	"maps"
	"math"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

// newPairSet returns the pairs of adjacent bytes of b.
func newPairSet(b []byte) *pairSet {
	s := new(pairSet)
	s.add(b)
	return s
}

// checkPairSet fails unless a pattern that b's pairs lack is not within b,
// and a pattern within b has all its pairs in b.
func checkPairSet(t *testing.T, b []byte, pat string) {
	t.Helper()
	holds, within := newPairSet(b).holds(pat), bytes.Contains(b, []byte(pat))
	if within && !holds {
		t.Errorf("pairs of %q lack a pair of %q, which it holds", b, pat)
	}
	if len(pat) == 2 && holds != within {
		t.Errorf("pairs of %q: holds %q is %v, want %v", b, pat, holds, within)
	}
}

func TestPairSet(t *testing.T) {
	for _, c := range [][2]string{
		{"", ""}, {"", "a"}, {"ab", "ab"}, {"ab", "ba"}, {"abc", "abc"}, {"abc", "abd"},
		{"- item\n", "-\n"}, {"- \n", "- \n"}, {"\xff\x00", "\xff\x00"}, {"TODO", "DOING "},
	} {
		checkPairSet(t, []byte(c[0]), c[1])
	}
}

func FuzzPairSet(f *testing.F) {
	f.Add([]byte("a TODO list\n- \n"), "- \n")
	f.Fuzz(func(t *testing.T, b []byte, pat string) {
		checkPairSet(t, b, pat)
	})
}

// TestPairsParse parses real notes, the golden cases and a synthetic vault
// with every text's pairs made at its pairCalls-th search and without
// pairs: the decks must be equal. It also checks that no rewrite changes
// a text in place, which would leave its set of pairs stale.
func TestPairsParse(t *testing.T) {
	inputs, _ := testInputs(t)
	defer func(n int) { pairMin = n }(pairMin)
	opt := Options{IgnoreMissingMedia: true, Root: t.TempDir()}
	for name, src := range inputs {
		pairMin = math.MaxInt
		want, werr := Parse(name, src, opt)
		pairMin = 0
		got, gerr := Parse(name, src, opt)
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Fatalf("%s: without pairs: %v; with: %v", name, werr, gerr)
		}
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%s: the deck parsed with pairs differs (%d cards without, %d with)", name, len(want.Cards), len(got.Cards))
		}
	}
}

// TestPairsParseAtOnce parses real notes, the golden cases and a synthetic
// vault on four goroutines at once, every text's pairs made at its
// pairCalls-th search, as a folder's notes are parsed on every core: the
// notes take each other's slots, and each deck must still be the one parsed
// alone without pairs.
func TestPairsParseAtOnce(t *testing.T) {
	inputs, _ := testInputs(t)
	defer func(n int) { pairMin = n }(pairMin)
	opt := Options{IgnoreMissingMedia: true, Root: t.TempDir()}
	names := slices.Sorted(maps.Keys(inputs))
	want := make([]Deck, len(names))
	pairMin = math.MaxInt
	for i, name := range names {
		want[i], _ = Parse(name, inputs[name], opt)
	}
	pairMin = 0
	got := make([]Deck, len(names))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(names); i = int(next.Add(1)) - 1 {
				got[i], _ = Parse(names[i], inputs[names[i]], opt)
			}
		})
	}
	wg.Wait()
	for i, name := range names {
		if !reflect.DeepEqual(want[i], got[i]) {
			t.Errorf("%s: the deck parsed at once with others differs (%d cards alone, %d at once)", name, len(want[i].Cards), len(got[i].Cards))
		}
	}
}
