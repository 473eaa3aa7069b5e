package extract

import (
	"fmt"
	"slices"
	"testing"
)

// TestOwnFrontsAskedTwice: of 200 fronts asked once each, "Grens" (a
// short term, under sibling headings: it stays) and "Four processes of
// erosion" asked under two headings with two answers, only the processes
// are asked apart, and the
// fronts asked once cost no allocation each (a slice a front before: 200
// fronts took over 200 allocations).
func TestOwnFrontsAskedTwice(t *testing.T) {
	var cards []Card
	for i := range 200 {
		cards = append(cards, Card{Front: fmt.Sprintf("Term %d", i), Back: "its definition", Context: []string{"Geo", "Terms"}})
	}
	p := &parsed{}
	if a := testing.AllocsPerRun(5, func() { p.ownFrontsAskedTwice(cards, nil) }); a > 10 {
		t.Errorf("200 fronts asked once: %v allocations, want at most 10", a)
	}
	twice := append(slices.Clone(cards[:3]),
		Card{Front: "Grens", Back: "de tropopauze", Context: []string{"Geo", "Atmosfeer"}},
		Card{Front: "Four processes of erosion", Back: "hydraulic action, abrasion, …", Context: []string{"Geo", "Coasts"}},
		Card{Front: "Term 0", Back: "its definition", Context: []string{"Geo", "Other"}}, // one answer: stays
		Card{Front: "Grens", Back: "de Moho", Context: []string{"Geo", "Lithosfeer"}},
		Card{Front: "Four processes of erosion", Back: "traction, saltation, …", Context: []string{"Geo", "Rivers"}})
	var got []string
	for _, c := range p.ownFrontsAskedTwice(twice, nil) {
		got = append(got, c.Front)
	}
	want := []string{"Term 0", "Term 1", "Term 2", "Grens", "Coasts: Four processes of erosion", "Term 0", "Grens", "Rivers: Four processes of erosion"}
	if !slices.Equal(got, want) {
		t.Errorf("fronts %q, want %q", got, want)
	}
}
