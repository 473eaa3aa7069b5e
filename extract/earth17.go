package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// bareLabelBlock reports whether n is a paragraph of one line that is a
// label alone, "Types:", waiting for the list under it: no answer to a
// bold term above it. "**Phenocryst**:" left blank over "Types:" and the
// list of textures asked "Phenocryst" with "Types:".
func (p *parsed) bareLabelBlock(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	l := par.Lines().At(0)
	return mayBeLabel(p.src[l.Start:l.Stop]) && bareLabel(p.plain(par, 0, everything))
}

// maxFormulaNameWords bounds the words of a line that names the formula
// on the line under it: a longer one is prose.
const maxFormulaNameWords = 5

// formulaName reports whether line r of n names the formula that is the
// whole of line next, the line under it, as notes write a law without a
// colon: "Stephan-Boltzman law" over "$P = \sigma T^4$", "Hubble's law"
// over "$$v = H_0 d$$". Its formula answers it as the line under
// "Kepler's third law:" does (termLine).
func (b *builder) formulaName(n ast.Node, r, next [2]int) bool {
	p := b.p
	f := bytes.TrimSpace(p.src[next[0]:next[1]])
	if len(f) < 3 || f[0] != '$' || f[len(f)-1] != '$' || bytes.IndexByte(f, '=') < 0 {
		return false
	}
	t := bytes.TrimSpace(p.src[r[0]:r[1]])
	if len(t) == 0 || bytes.ContainsAny(t, "$=:\\") {
		return false
	}
	name := strings.TrimSpace(p.plain(n, r[0], r[1]))
	return countFields(name) <= maxFormulaNameWords && isTerm(name) && !lookupLower(legendLeads, name)
}
