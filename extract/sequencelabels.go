package extract

import (
	"strings"
	"unicode"
)

// sequenceLabel matches the label that numbers a section in a course's
// sequence before its title, as AP and textbook notes head their units:
// "Unit 3: ", "Topic 1.1: ", "**Concept 7.1**: ", "Chapter 7 - ", in bold
// or not. A label with no separator, or one that numbers a period of
// years ("Period 3: 1754-1800"), is none.
var sequenceLabel = lazyRegexp(`^(?:<(?:strong|b|em)>)?(?i:` + strings.Join(sequenceLabelWords, "|") + `)\s+\d+(?:\.\d+)*(?:</(?:strong|b|em)>)?\s*(?::|\s[-–—])(?:</(?:strong|b|em)>)?\s+`)

// sequenceLabelWords are the words of a sequence label, in lower case.
var sequenceLabelWords = []string{"unit", "topic", "concept", "chapter", "lesson", "module", "section", "week", "lecture", "big idea"}

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
		m := sequenceLabel().FindStringIndex(c.Front)
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
// or emphasis tag sequenceLabel allows, it opens with a word of
// sequenceLabelWords in any case and then white space, as sequenceLabel needs.
func mayOpenLabel(front string) bool {
	for _, tag := range []string{"<strong>", "<b>", "<em>"} {
		if strings.HasPrefix(front, tag) {
			front = front[len(tag):]
			break
		}
	}
	if front == "" || front[0] < 0x80 && strings.IndexByte("utclmswb", front[0]|0x20) < 0 {
		return false // most fronts: no word of a label opens so
	}
	for _, w := range sequenceLabelWords {
		if rest, ok := cutFoldWord(front, w); ok && rest != "" && isReSpace(rest[0]) {
			return true
		}
	}
	return false
}

// cutFoldWord returns s after w, a lower-case ASCII word, matched as (?i)
// matches it: a letter in either case, "ſ" (U+017F) for an "s" and the
// Kelvin sign (U+212A) for a "k", which fold to them.
func cutFoldWord(s, w string) (string, bool) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case s != "" && (s[0] == c || isUpperASCII(s[0]) && s[0]+'a'-'A' == c):
			s = s[1:]
		case c == 's' && strings.HasPrefix(s, "ſ"):
			s = s[len("ſ"):]
		case c == 'k' && strings.HasPrefix(s, "\u212a"):
			s = s[len("\u212a"):]
		default:
			return "", false
		}
	}
	return s, true
}
