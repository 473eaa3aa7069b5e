package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// cutDefaultNote returns s, a term as typed, without the default value
// that a note on a model's parameters writes after the parameter's name,
// "eta [default=0.3]", "gamma (default: 0)", "nthread [default to the
// number of cores]", and that note; ok is false when s ends in no such
// note or holds nothing before it. The name is the term: the default is
// part of what there is to learn about it.
func cutDefaultNote(s string) (name, note string, ok bool) {
	t := strings.TrimRight(s, " \t:")
	if t == "" {
		return "", "", false
	}
	var open byte
	switch t[len(t)-1] {
	case ']':
		open = '['
	case ')':
		open = '('
	default:
		return "", "", false
	}
	i := strings.LastIndexByte(t, open)
	if i <= 0 || t[i-1] != ' ' || !opensDefault(t[i+1:len(t)-1]) {
		return "", "", false
	}
	name = strings.TrimRight(t[:i], " \t")
	if name == "" || strings.ContainsAny(name, "[]()") {
		return "", "", false
	}
	return name, t[i:], true
}

// opensDefault reports whether inner, the text inside a note's brackets,
// gives a default: the word "default" (in any case), spaces before it
// allowed, then a sign or a space and the value, "default=0.3",
// "default: gbtree", "default according to objective", "defaults to 1".
func opensDefault(inner string) bool {
	inner = strings.TrimLeft(inner, " ")
	if !hasLowerPrefix(inner, "default") {
		return false
	}
	rest := strings.TrimPrefix(inner[len("default"):], "s")
	if rest == "" || rest[0] != '=' && rest[0] != ':' && rest[0] != ' ' {
		return false
	}
	return hasWordChar(rest)
}

// defaultToBack moves the default note that ends front, a parameter's
// name as HTML, "eta [default=0.3]", to the start of back: the card asks
// "eta" and answers "[default=0.3] learning rate". key is the front as it
// was, which keeps the identity of a card asked with its note before;
// front and back are returned as they are, and key empty, when front ends
// in no default note.
func defaultToBack(front, back string) (string, string, string) {
	if !strings.HasSuffix(front, "]") && !strings.HasSuffix(front, ")") {
		return front, back, ""
	}
	name, note, ok := cutDefaultNote(front)
	if !ok || !hasWordChar(stripTags(name)) || strings.Count(name, "<") != 2*strings.Count(name, "</") {
		return front, back, ""
	}
	if body, ok := strings.CutPrefix(back, "<p>"); ok {
		return name, "<p>" + note + " " + body, front
	}
	if strings.HasPrefix(back, "<") && !strings.HasPrefix(back, "<code>") && !strings.HasPrefix(back, "<strong>") && !strings.HasPrefix(back, "<em>") {
		return name, note + "<br>" + back, front // a list or a block answers
	}
	return name, note + " " + back, front
}

// defaultOnly splits a list item that is one line, a parameter's name and
// its default and nothing else, "* objective [default=reg:linear]": the
// card asks objective and answers its default. An item over lines that
// describe the parameter asks for them (see termOverDef).
func (p *parsed) defaultOnly(n ast.Node, lo, hi int) (split, bool) {
	if !isItemText(n) || n.Lines().Len() != 1 || !endsInBracket(p.src[lo:hi]) {
		return split{}, false
	}
	line := string(p.src[lo:hi])
	name, note, ok := cutDefaultNote(line)
	if !ok || countFields(name) > maxDefaultNameWords || !isTerm(name) {
		return split{}, false
	}
	termLo := lo + strings.Index(line, name)
	defLo := lo + strings.LastIndex(line, note)
	return split{termLo: termLo, termHi: termLo + len(name), defLo: defLo, defHi: defLo + len(note), sep: " "}, true
}

// endsInBracket reports whether line, with the spaces, tabs and colons
// that end it left off, ends in "]" or ")", as the note cutDefaultNote
// cuts does: the quick test, on the bytes of the note, of the many items
// that give no default, before their line is copied into a string.
func endsInBracket(line []byte) bool {
	line = bytes.TrimRight(line, " \t:")
	return len(line) > 0 && (line[len(line)-1] == ']' || line[len(line)-1] == ')')
}

// maxDefaultNameWords is the most words the name of a parameter that an
// item gives with its default alone has: "learning rate [default=0.1]".
const maxDefaultNameWords = 3
