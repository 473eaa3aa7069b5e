package extract

import "github.com/yuin/goldmark/ast"

// opensWithBoldLine reports whether block next opens with a line that is a
// bold label alone, as the label above it is: "**Company Resources**" (a
// hard break, nothing after) then "**Product Variability**" over "Affects
// the economies of scale …". The first label has no body; the paragraph
// under it is the next label's.
func (b *builder) opensWithBoldLine(next ast.Node) bool {
	par, ok := next.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) == 0 {
		return false
	}
	_, ok = b.boldLine(par, ls[0])
	return ok
}
