package extract

import "strings"

// slideComponent reports whether an HTML tag of a note, by its name as
// written and its attributes, is a component of a slide deck, which shows
// nothing of itself on a card: a custom element, whose name has a hyphen
// ("<v-clicks depth="2">", "</v-clicks>": what it wraps stays), or a
// self-closing component named in CamelCase ("<SlideIndicator />").
// "Optional<T>" is text.
func slideComponent(name, attrs string) bool {
	if strings.IndexByte(name, '-') > 0 {
		return true
	}
	return strings.HasSuffix(strings.TrimSpace(attrs), "/") && len(name) > 1 &&
		name[0] >= 'A' && name[0] <= 'Z' && strings.ContainsFunc(name[1:], func(r rune) bool { return r >= 'a' && r <= 'z' })
}

// isSlotLine reports whether t, a trimmed line, is a layout slot of a
// Slidev slide, "::right::" or "::left::": it places what follows on the
// slide and says nothing on a card.
func isSlotLine(t []byte) bool {
	if len(t) < 5 || t[0] != ':' || t[1] != ':' || t[len(t)-1] != ':' || t[len(t)-2] != ':' {
		return false
	}
	for _, c := range t[2 : len(t)-2] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
