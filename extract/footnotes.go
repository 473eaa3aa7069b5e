package extract

import "strings"

// strayFootnotes drops from the HTML sides of a card the footnote labels
// that point nowhere on it. A reference whose definition is on no side,
// "- Glycolysis: happens in the cytoplasm[^1]", showed a lone "1" glued to
// its word; a definition whose reference is on another card, "[^1]:
// Campbell p. 164.", landed in its heading's answer among the lines no card
// took. A reference beside its definition (both under one heading) stays,
// and so does code.
func strayFootnotes(front, back string) (string, string) {
	if !strings.Contains(front, "[^") && !strings.Contains(back, "[^") {
		return front, back
	}
	refs, defs := map[string]bool{}, map[string]bool{}
	for _, s := range [2]string{front, back} {
		outsideCode(s, func(t string) string {
			for _, m := range footnoteRef.FindAllStringSubmatchIndex(t, -1) {
				if m[1] < len(t) && t[m[1]] == ':' {
					defs[t[m[2]:m[3]]] = true
				} else {
					refs[t[m[2]:m[3]]] = true
				}
			}
			return t
		})
	}
	drop := func(t string) string { return dropStrayNotes(t, refs, defs) }
	return outsideCode(front, drop), removeEmptyParas(outsideCode(back, drop))
}

// dropStrayNotes returns the HTML t without the references that no
// definition of defs explains and the definitions, up to the next one or
// the end of their paragraph, that no reference of refs cites.
func dropStrayNotes(t string, refs, defs map[string]bool) string {
	var b strings.Builder
	last := 0
	for _, m := range footnoteRef.FindAllStringSubmatchIndex(t, -1) {
		if m[0] < last {
			continue // inside a definition dropped
		}
		id := t[m[2]:m[3]]
		def := m[1] < len(t) && t[m[1]] == ':'
		switch {
		case def && !refs[id]:
			before, joined := strings.CutSuffix(t[last:m[0]], "<br>")
			b.WriteString(before)
			last = m[1] + noteEnd(t[m[1]:])
			if !joined && strings.HasPrefix(t[last:], "<br>") {
				last += len("<br>") // it was the first line of its paragraph
			}
		case !def && !defs[id]:
			b.WriteString(t[last:m[0]])
			last = m[1]
		}
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}

// noteEnd returns the length of a footnote's definition in s, which
// follows its label: up to the next definition, "<br>[^2]:", or the end of
// its paragraph.
func noteEnd(s string) int {
	end := len(s)
	if i := strings.Index(s, "</p>"); i >= 0 {
		end = i
	}
	if i := strings.Index(s[:end], "<br>[^"); i >= 0 {
		end = i
	}
	return end
}
