package extract

import (
	"fmt"
	"slices"
	"strings"
)

// maxCardBytes is the most bytes a card's front, answer, heading path or
// tags hold, as HTML with each newline counted as the "<br>" the CSV writes
// for it. A longer side is no card anyone can review: a heading over 3,000 lines
// of prose made one 450 KB answer, when the longest answer in the corpus is
// 12 KB. The limit also keeps every field of the CSV in one spreadsheet
// cell (Excel holds 32,767 characters, Google Sheets 50,000) and under the
// 128 KB a field of Python's csv module may hold.
const maxCardBytes = 20000

// dropHugeCards returns cards without those with a side longer than
// maxCardBytes, and the tags of each card cut to the first that fit, with a
// warning at the line of each card dropped or cut (of the cards under one
// heading path too long, the first). The cards inside such a side (the
// definitions of a long section) are cards of their own, and stay.
func dropHugeCards(cards []Card) ([]Card, []Warning) {
	var drop map[int]bool
	var warnings []Warning
	var path []string // the last heading path too long, told once for its cards
	for i, c := range cards {
		what, n := "front", cardBytes(c.Front)
		if b := cardBytes(c.Back); n <= maxCardBytes && b > maxCardBytes {
			what, n = "answer", b
		}
		if h := contextBytes(c.Context); n <= maxCardBytes && h > maxCardBytes {
			what, n = "heading path", h
		}
		if n <= maxCardBytes {
			if k := fittingTags(c.Tags); k < len(c.Tags) {
				warnings = append(warnings, Warning{Pos: c.Pos, Msg: fmt.Sprintf(
					"card %s: its %d tags are too long for one card (limit %d KB): only the first %d kept",
					quote(shorten(strings.TrimSpace(stripTags(c.Front)))), len(c.Tags), maxCardBytes/1000, k)})
				cards[i].Tags = c.Tags[:k:k]
			}
			continue
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[i] = true
		if what == "heading path" {
			if slices.Equal(path, c.Context) {
				continue
			}
			path = c.Context
		}
		msg := fmt.Sprintf("card %s left out: its %s is %d KB, too long to review as one card (limit %d KB)",
			quote(shorten(strings.TrimSpace(stripTags(c.Front)))), what, (n+999)/1000, maxCardBytes/1000)
		if what == "answer" {
			msg += ": split it under headings"
		}
		warnings = append(warnings, Warning{Pos: c.Pos, Msg: msg})
	}
	return withoutMarked(cards, drop), warnings
}

// cardBytes returns the size of s, one side of a card, as maxCardBytes
// counts it. Only a side long enough to pass the limit once its newlines
// are counted is searched for them.
func cardBytes(s string) int {
	n := len(s)
	if n > maxCardBytes/4 {
		n += 3 * strings.Count(s, "\n")
	}
	return n
}

// contextBytes returns the size of the heading path context in a card's
// Context field.
func contextBytes(context []string) int {
	n := 0
	for _, h := range context {
		n += len(h) + len(" › ")
	}
	return n
}

// fittingTags returns how many of tags, from the first, fit in maxCardBytes
// once joined by spaces, as the CSV's Tags cell holds them: a line ending in
// 32,000 hashtags made a cell of 300 KB.
func fittingTags(tags []string) int {
	n := 0
	for i, t := range tags {
		if n += len(t) + 1; n > maxCardBytes {
			return i
		}
	}
	return len(tags)
}
