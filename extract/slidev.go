package extract

import (
	"bytes"
	"strings"
	"sync"
)

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

// placeholderTag reports whether a tag with a hyphen in its name, name in
// lower case, is an argument to fill in rather than a custom element:
// "docker exec <container-id> cat /etc/hosts" shows the placeholder, where
// a component ("<v-clicks>" … "</v-clicks>") is closed. It opens, has no
// attributes, and the note never closes it.
func (p *parsed) placeholderTag(name string, closing bool, attrs string) bool {
	if closing || strings.TrimSpace(attrs) != "" {
		return false
	}
	if p.closers == nil {
		p.closers = &closerIndex{} // a note parsed whole, in a test
	}
	p.closers.once.Do(func() { p.closers.names = closedCustomTags(p.src) })
	return !p.closers.names[name]
}

// A closerIndex holds the names, in lower case, of the custom elements a
// note closes ("</v-click>"), found once on first need.
type closerIndex struct {
	once  sync.Once
	names map[string]bool
}

// closedCustomTags returns the lower-case names of the closing tags in src
// whose names have a hyphen.
func closedCustomTags(src []byte) map[string]bool {
	names := map[string]bool{}
	for at := 0; ; {
		i := bytes.Index(src[at:], []byte("</"))
		if i < 0 {
			return names
		}
		at += i + 2
		end := at
		for end < len(src) && (src[end] >= 'a' && src[end] <= 'z' || src[end] >= 'A' && src[end] <= 'Z' || src[end] >= '0' && src[end] <= '9' || src[end] == '-') {
			end++
		}
		if name := src[at:end]; bytes.IndexByte(name, '-') > 0 {
			names[strings.ToLower(string(name))] = true
		}
	}
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
