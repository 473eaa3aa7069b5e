package extract

import "github.com/yuin/goldmark/ast"

// quotedAnswer returns the index of the quote that answers the numbered
// question nodes[i], as Inka and other card notes write them: "1. How to
// find a repo in GH?" over "> `gh search repos <name>`", or i when the next
// block is no such quote. A callout ("> [!note] …") is a card of its own,
// not an answer.
func (b *builder) quotedAnswer(nodes []ast.Node, i int) int {
	if i+1 >= len(nodes) {
		return i
	}
	q, ok := nodes[i+1].(*ast.Blockquote)
	if !ok || q.FirstChild() == nil {
		return i
	}
	if _, callout := b.p.calloutTitle(q.FirstChild()); callout {
		return i
	}
	return i + 1
}
