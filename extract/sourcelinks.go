package extract

import (
	"strings"
)

// sourceLink matches the address of a source a front cites in parentheses
// after what it names, "Singleton (https://refactoring.guru/…)", as notes
// taken from a website head each page they read: the address alone, bare
// (linked, its text the address) or as typed.
var sourceLink = lazyRegexp(`\s+\((?:<a href="https?://[^"\s]+">https?://[^<\s]+</a>|https?://[^()\s<>]+)\)`)

// cutSourceLinks asks the cards whose front names a thing, then the
// address of its source in parentheses, without the address: "Singleton
// (https://refactoring.guru/design-patterns/singleton)" asks Singleton,
// and its parts "Singleton: intent". The address is no part of what a
// student recalls, and the card's context still shows it. A front is cut
// only when words are left before it and no other card asks what is
// left. The card keeps its GUID (see Card.Key).
func cutSourceLinks(cards []Card) {
	var cut map[int]string
	for i, c := range cards {
		if c.Kind == Cloze || !strings.Contains(c.Front, "(http") && !strings.Contains(c.Front, `(<a href="http`) {
			continue // the quick test: most fronts cite no address
		}
		m := sourceLink().FindStringIndex(c.Front)
		if m == nil || !hasWordChar(stripTags(c.Front[:m[0]])) {
			continue
		}
		if cut == nil {
			cut = map[int]string{}
		}
		cut[i] = c.Front[:m[0]] + c.Front[m[1]:]
	}
	if cut == nil {
		return
	}
	// What is left of a front is asked once, by it alone: the cut fronts
	// and the cards' fronts are counted, only those that are a cut front.
	count := make(map[string]int, len(cut))
	for _, r := range cut {
		count[r]++
	}
	for i := range cards {
		if n, ok := count[cards[i].Front]; ok {
			count[cards[i].Front] = n + 1
		}
	}
	for i, r := range cut {
		if count[r] > 1 {
			continue
		}
		if cards[i].Key == "" {
			cards[i].Key = cards[i].Front
		}
		cards[i].Front = r
	}
}
