package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// boldValue reports whether line r of paragraph par gives a bold label its
// value, "**Aim**: Measure the specific heat capacity of stainless steel
// beads": over a list it is a card of its own, not a lead-in whose front
// is the whole line, and the bullets under it ("Stainless steel is an
// alloy, so its value varies") make theirs.
func (b *builder) boldValue(par ast.Node, r [2]int) bool {
	p := b.p
	t := bytes.TrimLeft(p.src[r[0]:r[1]], " ")
	if !bytes.HasPrefix(t, []byte("**")) && !bytes.HasPrefix(t, []byte("__")) {
		return false
	}
	s, ok := p.splitLine(par, r[0], r[1])
	if !ok || s.sep != ":" {
		return false
	}
	def := strings.TrimSpace(p.plain(par, s.defLo, s.defHi))
	return countFields(def) >= 2 && !strings.HasSuffix(def, ":") && !strings.HasSuffix(def, "：")
}
