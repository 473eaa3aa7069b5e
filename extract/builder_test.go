package extract

import (
	"maps"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCardSet checks cardSet against a map of both sides, on cards whose
// backs share their length and ends, so that their keys collide.
func TestCardSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	oracle := map[[2]string]bool{}
	set := newCardSet(0)
	ends := strings.Repeat("x", 16)
	for i := range 5000 {
		front := string(rune('a' + r.IntN(3)))
		back := string(rune('0' + r.IntN(4)))
		if r.IntN(2) == 0 {
			back = ends + back + string(rune('0'+r.IntN(4))) + ends
		}
		if i%7 == 0 {
			if got, want := set.has(front, back), oracle[[2]string{front, back}]; got != want {
				t.Fatalf("has(%q, %q) = %v, want %v", front, back, got, want)
			}
			continue
		}
		if got, want := set.add(front, back), !oracle[[2]string{front, back}]; got != want {
			t.Fatalf("add(%q, %q) = %v, want %v", front, back, got, want)
		}
		oracle[[2]string{front, back}] = true
		if i == 2500 {
			over := set.over()
			overOracle := maps.Clone(oracle)
			for range 2000 {
				front := string(rune('a' + r.IntN(4)))
				back := ends + string(rune('0'+r.IntN(6))) + ends
				if got, want := over.add(front, back), !overOracle[[2]string{front, back}]; got != want {
					t.Fatalf("over: add(%q, %q) = %v, want %v", front, back, got, want)
				}
				overOracle[[2]string{front, back}] = true
			}
			for k := range overOracle {
				if !over.has(k[0], k[1]) {
					t.Fatalf("over: has(%q, %q) = false after adding it", k[0], k[1])
				}
				if set.has(k[0], k[1]) != oracle[k] {
					t.Fatalf("over: adding %q, %q to it changed the set under it", k[0], k[1])
				}
			}
		}
	}
	if len(set.more) == 0 {
		t.Error("no key collided: the test checks nothing past the first back")
	}
}

// TestScopeTags checks the tags of the scopes a builder keeps and extends
// against headingTag, on heading paths that go up and down.
func TestScopeTags(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	texts := []string{"Title", "A::b", `Say "hi"`, "  ", "Two  words", "Title"}
	for _, title := range []string{"Title", ""} {
		b := newBuilder(&parsed{}, title, nil)
		for range 2000 {
			if k := r.IntN(len(b.heads) + 1); r.IntN(3) == 0 {
				b.heads = b.heads[:k]
			}
			if len(b.heads) < 5 {
				b.heads = append(b.heads, heading{level: len(b.heads) + 1, text: texts[r.IntN(len(texts))]})
			}
			if got, want := b.scope().tag, b.headingTag(b.heads); got != want {
				t.Fatalf("title %q, heads %v: tag %q, want %q", title, b.heads, got, want)
			}
		}
	}
}
