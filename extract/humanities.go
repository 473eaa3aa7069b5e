package extract

import "strings"

// headingOwner is heading text h as it is put before a part it owns:
// without its numbering, as the heading's own card asks it. Notes that
// number their thinkers or themes ("## 1. Durkheim", "### 2. Mode of
// Production") ask "Durkheim: Key ideas", not "1. Durkheim: Key ideas".
// Numbering that alone tells two headings apart stays: "### 16. März" and
// "### 18. März" are two days, "## 1. Example" and "## 2. Example" two
// examples.
func (b *builder) headingOwner(h string) string {
	t := stripNumbering(h)
	if t == h || !hasWordChar(t) || b.repeated(unnumberedKey(t)) {
		return h
	}
	return t
}

// unnumberedKey is the key under which a builder's heading counts hold
// how often a heading text occurs after numbering: apart from the
// headings' own texts, which have no control character.
func unnumberedKey(t string) string {
	return "\x00" + strings.ToLower(t)
}

// ownerName returns the innermost level of the scope's context as the
// owner a part is asked with: a heading without its numbering (see
// builder.headingOwner), a parent bullet as written.
func (s scope) ownerName() string {
	if len(s.parents) > 0 {
		return s.parents[len(s.parents)-1]
	}
	if s.owner != "" {
		return s.owner
	}
	if len(s.heads) > 0 {
		return s.heads[len(s.heads)-1].text
	}
	return ""
}
