package extract

import (
	"fmt"
	"strings"
)

// DeletedTag is the tag the Anki package puts on the notes of cards that
// left the notes, so that the student can find and delete them in Anki
// (search "tag:notes2deck::deleted"). A note's own tags never carry it.
const DeletedTag = "notes2deck::deleted"

// isDeletedTag reports whether Anki's search "tag:notes2deck::deleted"
// finds tag: the tag itself or one below it, in any case, as Anki's tag
// search matches.
func isDeletedTag(tag string) bool {
	n := len(DeletedTag)
	return len(tag) >= n && strings.EqualFold(tag[:n], DeletedTag) &&
		(len(tag) == n || strings.HasPrefix(tag[n:], "::"))
}

// dropDeletedTags takes DeletedTag, and the tags under it, off cards: a card
// of the notes that carried it would be deleted with the stale ones. It
// returns one warning for each such tag, at the first card that had it.
func dropDeletedTags(cards []Card) []Warning {
	var warnings []Warning
	seen := map[string]bool{}
	for i := range cards {
		c := &cards[i]
		k := 0
		for _, t := range c.Tags {
			if !isDeletedTag(t) {
				continue
			}
			if k == 0 {
				c.Tags = append([]string(nil), c.Tags...) // tags may be shared between cards
			}
			k++
			if !seen[t] {
				seen[t] = true
				warnings = append(warnings, Warning{Pos: c.Pos, Msg: fmt.Sprintf(
					"tag %q left off: %s marks the cards that left your notes, for you to delete in Anki", t, DeletedTag)})
			}
		}
		if k > 0 {
			kept := c.Tags[:0]
			for _, t := range c.Tags {
				if !isDeletedTag(t) {
					kept = append(kept, t)
				}
			}
			c.Tags = kept
		}
	}
	return warnings
}
