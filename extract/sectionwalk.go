package extract

import "slices"

// A sectionWalk finds the last card before a section's cards, as a walk
// back over the cards of the section would, for the merge's passes that look
// one level up from a section (dropLabelTwins, dropHeadingRepeats). Every
// card of a note lies in its title's section, so each card asked in the
// title's own section walked back over every card before it: 2.3 million
// steps for the 11,000 cards of 10k items. The walk remembers, by depth,
// where its last walk for a section stopped, and goes back only over the
// cards since. The cards it is given must all be prefixes of one slice.
type sectionWalk struct {
	last []walkStop // by the section's depth, the last walk of a section at that depth
}

// A walkStop is where a walk back over earlier[:end] from its end stopped:
// stop is the last card outside the section ctx, or -1.
type walkStop struct {
	ctx       []string
	end, stop int
}

// before returns the index of the last card of earlier outside the section
// ctx (whose context does not start with ctx), or -1 when there is none.
func (w *sectionWalk) before(earlier []Card, ctx []string) int {
	d := len(ctx)
	for len(w.last) <= d {
		w.last = append(w.last, walkStop{})
	}
	m := w.last[d]
	known := m.ctx != nil && m.end <= len(earlier) && slices.Equal(m.ctx, ctx)
	i := len(earlier) - 1
	for ; i >= 0; i-- {
		if known && i < m.end {
			i = m.stop // the last walk went over the cards from here to m.stop
			break
		}
		if e := earlier[i].Context; len(e) < d || !slices.Equal(e[:d], ctx) {
			break
		}
	}
	w.last[d] = walkStop{ctx: ctx, end: len(earlier), stop: i}
	return i
}

// testPiece is how many cards cardTests gives a core at a time.
const testPiece = 1024

// cardTests returns whether test holds for each of cards, tested on every
// core when there are many: the merge's passes run after the chunks are
// carded, while the other cores idle.
func cardTests(cards []Card, test func(*Card) bool) []bool {
	is := make([]bool, len(cards))
	parallel((len(cards)+testPiece-1)/testPiece, func(k int) {
		for i := k * testPiece; i < min((k+1)*testPiece, len(cards)); i++ {
			is[i] = test(&cards[i])
		}
	})
	return is
}
