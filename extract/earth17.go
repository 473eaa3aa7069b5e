package extract

import (
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
