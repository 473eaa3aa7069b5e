package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// ankiTag returns tag as Anki keeps it on import: without double quotes,
// and with "blank" for an empty level ("x::" is "x::blank", "::" is
// "blank::blank"). blank reports whether it had an empty level.
func ankiTag(tag string) (kept string, blank bool) {
	if strings.Contains(tag, `"`) {
		tag = strings.ReplaceAll(tag, `"`, "")
	}
	if !strings.HasPrefix(tag, "::") && !strings.HasSuffix(tag, "::") && !strings.Contains(tag, "::::") {
		return tag, false // no level can be empty: the quick test for every card's tags
	}
	levels := strings.Split(tag, "::")
	for i, l := range levels {
		if l == "" {
			levels[i], blank = "blank", true
		}
	}
	if !blank {
		return tag, false
	}
	return strings.Join(levels, "::"), true
}

// ankiTags writes the tags of cards as Anki keeps them (see ankiTag), and
// returns one warning for each tag with an empty level, at the first card
// that had it, as for a deck name with one: the tag in Anki is not the one
// written.
func ankiTags(cards []Card) []Warning {
	var warnings []Warning
	seen := map[string]bool{}
	for i := range cards {
		c := &cards[i]
		copied := false
		for j, t := range c.Tags {
			if !strings.Contains(t, "::") && !strings.Contains(t, `"`) {
				continue
			}
			kept, blank := ankiTag(t)
			if kept == t {
				continue
			}
			if !copied {
				c.Tags, copied = append([]string(nil), c.Tags...), true // tags may be shared between cards
			}
			c.Tags[j] = kept
			if blank && !seen[t] {
				seen[t] = true
				warnings = append(warnings, Warning{Pos: c.Pos, Msg: fmt.Sprintf(
					"tag %s has an empty level, which Anki names \"blank\": it is written as %s", strconv.Quote(t), strconv.Quote(kept))})
			}
		}
	}
	return warnings
}
