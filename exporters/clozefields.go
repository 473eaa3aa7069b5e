package exporters

import "strings"

// inertClozes returns s, a field of a cloze note other than its Text (Back
// Extra, Context, Source), with each cloze opening ("{{c3::", "{{c1,2::")
// written "{&#123;c3::". It shows the same, but Anki, which makes a card
// for each cloze number it finds in any field of a cloze note, makes none
// for it: a heading "## The {{c3::nucleus}}" over a cloze, or a note file
// named so, gave the cloze a card 3 that hid nothing in its Text (Anki
// shows such a card blank, with an error). s is returned as it is when it
// holds no opening.
func inertClozes(s string) string {
	i := strings.Index(s, "{{c")
	if i < 0 {
		return s
	}
	var b strings.Builder
	for ; i >= 0; i = strings.Index(s, "{{c") {
		j := i + 3
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',') {
			j++
		}
		b.WriteString(s[:i])
		if j > i+3 && strings.HasPrefix(s[j:], "::") {
			b.WriteString("{&#123;c")
		} else {
			b.WriteString("{{c")
		}
		s = s[i+3:]
	}
	b.WriteString(s)
	return b.String()
}
