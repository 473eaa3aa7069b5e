package extract

import (
	"slices"
	"strings"
)

// mergeLabelRuns returns cards with each run of cards that ask one label on
// consecutive lines of one section made one card, the answers in order, a
// line each: "* La crise politique - La monarchie est incapable de se
// réformer." and two more items "La crise politique - …" asked "La crise
// politique" three times, each card with a third of its answer, which no
// student can review apart. Cards on lines apart (a label asked again under
// another item) stay as they are.
func mergeLabelRuns(cards []Card) []Card {
	var drop map[int]bool
	for i := 0; i < len(cards); {
		j := i + 1
		for j < len(cards) && sameLabelNext(cards[j-1], cards[j]) {
			j++
		}
		if j-i > 1 {
			if drop == nil {
				drop = map[int]bool{}
			}
			backs := make([]string, 0, j-i)
			for k := i; k < j; k++ {
				backs = append(backs, cards[k].Back)
				if k > i {
					drop[k] = true
				}
			}
			cards[i].Back = strings.Join(backs, "<br>")
		}
		i = j
	}
	return withoutMarked(cards, drop)
}

// sameLabelNext reports whether card b asks what card a asks on the line
// after a's, in the same section, and both answer in one line of text. Two
// events of one year, "1932 - Nazi votes rose to 37%" over "1932 - SA
// numbers increased to 600,000", stay apart: each asks for its year (see
// askEventsForYears), where merged they asked "1932" for both.
func sameLabelNext(a, b Card) bool {
	if a.Kind == Cloze || b.Kind != a.Kind || b.Pos.Line != a.Pos.Line+1 || b.Front != a.Front ||
		!slices.Equal(a.Context, b.Context) || !oneLineBack(a.Back) || !oneLineBack(b.Back) {
		return false
	}
	_, eventA := yearOfEvent(a)
	_, eventB := yearOfEvent(b)
	return !eventA || !eventB
}

// oneLineBack reports whether back is a line of text: no paragraph, list,
// table or line break of its own, which a merged answer would run together.
func oneLineBack(back string) bool {
	return !strings.Contains(back, "<p>") && !strings.Contains(back, "<ul>") && !strings.Contains(back, "<ol>") &&
		!strings.Contains(back, "<table") && !strings.Contains(back, "<br>") && !strings.Contains(back, "<pre")
}
