package extract

import (
	"fmt"
	"testing"
)

// TestCutSourceLinks checks which fronts lose their source's address: one
// whose rest no other card asks, not one whose rest another card asks or
// another cut front leaves too.
func TestCutSourceLinks(t *testing.T) {
	for _, c := range []struct {
		fronts, want []string
	}{
		{[]string{"Singleton (https://a.example/s)", "Factory"}, []string{"Singleton", "Factory"}},
		{[]string{"Singleton (https://a.example/s)", "Singleton"}, []string{"Singleton (https://a.example/s)", "Singleton"}},
		{[]string{"Singleton (https://a.example/s)", "Singleton (https://b.example/s)"},
			[]string{"Singleton (https://a.example/s)", "Singleton (https://b.example/s)"}},
		{[]string{`Builder (<a href="https://a.example/b">https://a.example/b</a>)`}, []string{"Builder"}},
	} {
		cards := make([]Card, len(c.fronts))
		for i, f := range c.fronts {
			cards[i] = Card{Front: f, Back: "b", Kind: Basic}
		}
		cutSourceLinks(cards)
		for i, want := range c.want {
			if cards[i].Front != want {
				t.Errorf("cutSourceLinks(%q): front %d = %q, want %q", c.fronts, i, cards[i].Front, want)
			}
			if cut := cards[i].Front != c.fronts[i]; cut != (cards[i].Key == c.fronts[i]) {
				t.Errorf("cutSourceLinks(%q): card %d key %q, front was %q", c.fronts, i, cards[i].Key, c.fronts[i])
			}
		}
	}
}

// TestCutSourceLinksNoAddress checks that cards citing no address cost no
// allocation: the fronts are counted only when some front is cut (issue 7:
// the pass runs on every note's cards, after the chunks).
func TestCutSourceLinksNoAddress(t *testing.T) {
	cards := make([]Card, 200)
	for i := range cards {
		cards[i] = Card{Front: fmt.Sprintf("Term %d", i), Back: "b", Kind: Basic}
	}
	if n := testing.AllocsPerRun(10, func() { cutSourceLinks(cards) }); n != 0 {
		t.Errorf("cutSourceLinks of %d cards without an address: %v allocations, want 0", len(cards), n)
	}
}
