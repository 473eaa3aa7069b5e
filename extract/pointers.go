package extract

import "strings"

// pointerLabels name where more is to be read, not a thing to learn: a
// card "More details" → "Refer Microsoft Learn" (a line under each command
// of a cheat sheet) or "Relevant Slides" → "FileOrganisations.pdf" asks
// nothing the student could answer. "Source" and "Resource" are no such
// labels: a river's source, an Azure resource.
var pointerLabels = map[string]bool{
	"more details": true, "more info": true, "more information": true, "further reading": true,
	"read more": true, "see also": true, "references": true, "links": true, "useful links": true,
	"related notes": true, "related topics": true, "previous topic": true, "next topic": true,
	"relevant slides": true, "slides": true, "credits": true,
}

// dropPointers returns cards without those asking a pointer label, "More
// details" → "Refer Microsoft Learn". It runs after nameOwners: the label
// still tells which parts the headings share, so "Function" under each
// command of a cheat sheet is asked with its command ("Ipconfig:
// Function"), and the label's cards go only then.
func dropPointers(cards []Card) []Card {
	pointer := cardTests(cards, asksPointer)
	out := cards[:0]
	for i, c := range cards {
		if !pointer[i] {
			out = append(out, c)
		}
	}
	return out
}

// asksPointer reports whether card c asks a pointer label (see dropPointers).
func asksPointer(c *Card) bool {
	front := c.Front
	if c.Key != "" {
		front = c.Key // "Ipconfig: More details" asks the part "More details"
	}
	return c.Kind != Cloze && (pointerLabel(stripTags(front)) || seeLinkCard(front, c.Back) || ownedPlan(stripTags(front)))
}

// pointerLabel reports whether front, a card's front as plain text, is one
// of the pointerLabels, with its colon or not: "More details:".
func pointerLabel(front string) bool {
	if len(front) > len("intended learning outcomes:  ") || len(front) < len("links") {
		return false // the quick test
	}
	label := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(front), ":"))
	return pointerLabels[label] || studyLater(label)
}
