package extract

import (
	"bytes"
	"slices"
	"strings"
)

// dropHeadingRepeats returns cards without one of each pair that asks a
// heading's words twice: "## ACID" over "ACID is a set of properties …" and
// more made "ACID" → the section and "ACID" → "a set of properties …". The
// heading's card holds the definition and what follows it, so the line's
// card goes; when the line is all the section holds ("可再入程序:被多個用戶
// 同時調用的程序"), the heading's card goes, whose answer repeats the term. A
// line whose answer the heading's card lacks (the note's title card holds
// only what no other card used) keeps its card.
func dropHeadingRepeats(cards []Card) []Card {
	var drop map[int]bool
	var lastCtx []string // the section of the last defining card, and its heading's card
	lastH := -1
	var walk sectionWalk
	defines := cardTests(cards, func(c *Card) bool { return definesOwnHeading(*c) })
	for i, c := range cards {
		if !defines[i] {
			continue
		}
		h := lastH
		if !slices.Equal(c.Context, lastCtx) {
			// A section of many such lines looks back once, not once a line.
			h, lastCtx = headingCardOf(cards[:i], c, &walk), c.Context
			lastH = h
		}
		if h < 0 || drop[h] {
			continue
		}
		ok, whole := answerAt(cards[h].Back, c.Back, c.Front)
		if !ok {
			continue
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		switch {
		case whole:
			drop[h] = true // the line is the whole section: its card asks without the term repeated
		case !opensList(cards[h].Back):
			drop[i] = true
		}
	}
	return withoutMarked(cards, drop)
}

// definesOwnHeading reports whether card c asks the words of the heading it
// stands under, "SQL tuning" in "… › SQL tuning": the quick test, on the
// front's length first, before any key is built.
func definesOwnHeading(c Card) bool {
	if c.Kind == Cloze || len(c.Context) == 0 {
		return false
	}
	last := c.Context[len(c.Context)-1]
	if len(c.Front) < len(last)/2 || len(c.Front) > 2*len(last)+16 {
		return false
	}
	var front, head [128]byte // the keys are built on the stack: this runs for every card
	return bytes.Equal(appendReadKey(front[:0], c.Front), appendReadKey(head[:0], last))
}

// headingCardOf returns the index among earlier of the card of the heading
// card c stands under: the same front, asked one level up. It returns -1
// when there is none. It looks back from the end over the cards of c's own
// section only (through walk), and stops at the first card of any other, so
// a note of many sections is walked once, not once per defining line.
func headingCardOf(earlier []Card, c Card, walk *sectionWalk) int {
	i := walk.before(earlier, c.Context)
	if i < 0 {
		return -1
	}
	if e := earlier[i]; slices.Equal(e.Context, c.Context[:len(c.Context)-1]) && e.Kind != Cloze && readKey(e.Front) == readKey(c.Front) {
		return i
	}
	return -1
}

// answerAt reports whether the back of a heading's card opens with the term
// of a line's card (after an article at most) and then its answer, or with
// the answer itself, as text, and whether that is the whole back: "SQL tuning is a broad topic …" holds
// "a broad topic …" after the term and its verb. An answer found further
// down, or after other words, is another line's: "weather - clima" at the
// end of a list of weather words under "Weather" asks for one word of it.
func answerAt(headBack, back, front string) (ok, whole bool) {
	a := strings.TrimSpace(stripTags(back))
	term := strings.ToLower(stripTags(front))
	if a == "" || term == "" {
		return false, false
	}
	text := strings.TrimSpace(stripTags(headBack))
	if strings.HasPrefix(text, a) {
		// The heading's card opens with the answer itself: "## Cyclotomic
		// Field" over "> [!definition] Cyclotomic Field" and its text.
		return true, len(a) == len(text)
	}
	t := strings.Index(strings.ToLower(text), term)
	if t < 0 || t > maxArticle {
		return false, false
	}
	i := strings.Index(text, a)
	if i < t+len(term) || i > t+len(term)+maxDefinitionGap {
		return false, false
	}
	return true, i+len(a) == len(text)
}

// opensList reports whether a heading's card answers with a list, whose
// items are cards of their own: "## ACID" over "- ACID: atomicity,
// consistency …" and "- Isolation: …" keeps the item's card, the crisp one,
// beside the heading's, which asks for the whole list.
func opensList(back string) bool {
	return strings.HasPrefix(back, "<ul>") || strings.HasPrefix(back, "<ol>") || strings.HasPrefix(back, "<ol ")
}

// maxArticle is how many bytes may come before the term in the line that
// defines a heading: an article, "The ", "La ", "A ".
const maxArticle = 4

// maxDefinitionGap is how many bytes may come between the term and its
// answer in the line that defines a heading: a verb or a sign and an
// article, "is also called the", "：".
const maxDefinitionGap = 24
