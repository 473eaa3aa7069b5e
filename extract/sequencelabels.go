package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// sequenceLabel matches the label that numbers a section in a course's
// sequence before its title, as AP and textbook notes head their units:
// "Unit 3: ", "Topic 1.1: ", "**Concept 7.1**: ", "Chapter 7 - ", in bold
// or not. A label with no separator, or one that numbers a period of
// years ("Period 3: 1754-1800"), is none.
var sequenceLabel = regexp.MustCompile(`^(?:<(?:strong|b|em)>)?(?i:unit|topic|concept|chapter|lesson|module|section|week|lecture|big idea)\s+\d+(?:\.\d+)*(?:</(?:strong|b|em)>)?\s*(?::|\s[-–—])(?:</(?:strong|b|em)>)?\s+`)

// cutSequenceLabels asks the cards whose front opens with a section's
// sequence label, "Concept 7.3: Passive Transport" or "Unit 3: Cellular
// Energetics: ATP", without it: the label numbers the textbook's
// sections, it is no part of what a student recalls, and the card's
// context still shows it. A front is cut only when what is left names
// something, not a section title such as "Introduction" (alone or
// before an aspect, "Introduction: Diffusion"), and no other
// card asks it: "Unit 1: Review" beside "Unit 2: Review" keeps both
// labels. A label that is a heading of its own, "## Lecture 8" over its
// "Next:" link, names what its part belongs to and stays. The card keeps
// its GUID (see Card.Key).
func cutSequenceLabels(cards []Card) {
	var cut []string
	for i, c := range cards {
		if c.Kind == Cloze || !mayOpenLabel(c.Front) || !strings.Contains(c.Front[:min(len(c.Front), 40)], " ") {
			continue // the quick test: a label is a word and a number
		}
		m := sequenceLabel.FindStringIndex(c.Front)
		if m == nil {
			continue
		}
		rest := c.Front[m[1]:]
		if label := strings.TrimRight(strings.TrimSpace(stripTags(c.Front[:m[1]])), ":-–— "); len(c.Context) > 0 && strings.EqualFold(c.Context[len(c.Context)-1], label) {
			continue // "Lecture 8: Next" under "## Lecture 8": a part of the lecture its heading names
		}
		title, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(stripTags(rest))), ":")
		if title = strings.TrimSpace(title); !strings.ContainsFunc(title, unicode.IsLetter) || sectionTitles[title] || isEventYear(title) {
			continue // "Unit 2: Introduction: Diffusion" keeps the unit that tells its introduction
		}
		if cut == nil {
			cut = make([]string, len(cards))
		}
		cut[i] = rest
	}
	if cut == nil {
		return
	}
	count := map[string]int{}
	for _, c := range cards {
		count[c.Front]++
	}
	for _, r := range cut {
		if r != "" {
			count[r]++
		}
	}
	for i, r := range cut {
		if r == "" || count[r] > 1 {
			continue
		}
		if cards[i].Key == "" {
			cards[i].Key = cards[i].Front
		}
		cards[i].Front = r
	}
}

// mayOpenLabel is cutSequenceLabels' quick test on front: after the bold
// or emphasis tag sequenceLabel allows, it opens with a byte that opens
// one of the label words in either case, or with a longer rune ("ſ"
// folds to "s").
func mayOpenLabel(front string) bool {
	for _, tag := range []string{"<strong>", "<b>", "<em>"} {
		if strings.HasPrefix(front, tag) {
			front = front[len(tag):]
			break
		}
	}
	if front == "" {
		return false
	}
	c := front[0]
	return c >= 0x80 || strings.IndexByte("utclmswb", c|0x20) >= 0
}
