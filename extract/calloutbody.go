package extract

import "github.com/yuin/goldmark/ast"

// untitledBody reads callout q, a label alone on its first line ("> [!important]")
// over blocks, when the heading above asks for it: the label is no card's
// front nor a context, and the blocks make their own cards. "## Sources"
// over "> [!important]" and "> - Primary source: first-hand account …"
// made "[!important]" a question over the list, and the context of its
// items.
func (b *builder) untitledBody(q *ast.Blockquote, sc scope) bool {
	b.cover(q.FirstChild())
	b.blocks(b.p.children(q)[1:], sc)
	return true
}

// readExamples counts an example callout, of type kind, as being read
// until the function it returns is called: its sentences are examples,
// not definitions. "!!! example" over "- The sky is blue. (first-order)"
// in a note on knowledge claims asked "The sky" for "blue. (first-order)".
func (b *builder) readExamples(kind string) func() {
	switch kind {
	case "example", "examples":
		b.examples++
		return func() { b.examples-- }
	}
	return func() {}
}
