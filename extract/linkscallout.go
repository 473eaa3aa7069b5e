package extract

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// calloutLink is a link on a line of a callout: "[[Reglas de Stock]]",
// "[[auth-strategy|5 层认证策略]]", "[Docs](https://…)" or a bare address.
var calloutLink = lazyRegexp(`\[\[[^\[\]\n]+\]\]|\[[^\[\]\n]*\]\([^()\n]*\)|https?://\S+`)

// maxLinkLabelWords is the most words a line of a callout of links holds
// beside its link: "Volver a [[Index]]", "CSP 排查 → [[csp|CSP]]". "Hashing
// is one-way, see [[#Symmetric Encryption]]" says something of its own.
const maxLinkLabelWords = 3

// isLinksCallout reports whether n is an Obsidian callout whose body is
// links alone, a line each, "> [!seealso] Notas relacionadas" over "> -
// [[Reglas de Stock]]" and "> - Volver a [[Index]]": it points to other
// notes and teaches nothing, so it makes no card and is no part of its
// section's.
func (p *parsed) isLinksCallout(n ast.Node) bool {
	q, ok := n.(*ast.Blockquote)
	if !ok || q.FirstChild() == nil {
		return false
	}
	if _, ok := p.calloutTitle(q.FirstChild()); !ok {
		return false
	}
	first, last := p.span(q)
	links := 0
	for l := first + 1; l <= last; l++ {
		line := []byte(p.sourceLine(l))
		for len(line) > 0 && (line[0] == '>' || line[0] == ' ' || line[0] == '\t') {
			line = line[1:]
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !calloutLink().Match(line) {
			return false
		}
		rest := calloutLink().ReplaceAll(line, nil)
		words := 0
		for _, f := range bytes.Fields(rest) {
			if hasWordCharBytes(f) && !listMarker(f) {
				words++
			}
		}
		if words > maxLinkLabelWords || bytes.Contains(rest, []byte(", ")) {
			return false
		}
		links++
	}
	return links > 0
}

// listMarker reports whether f, a field of a line, is a list's marker,
// "-", "*", "+", "1." or "2)".
func listMarker(f []byte) bool {
	if len(f) == 1 {
		return f[0] == '-' || f[0] == '*' || f[0] == '+'
	}
	end := f[len(f)-1]
	if end != '.' && end != ')' {
		return false
	}
	for _, c := range f[:len(f)-1] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
