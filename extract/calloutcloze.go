package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// clozeCallout makes the cards of a callout whose title holds a cloze
// deletion, "> [!note] The {{c1::nucleus}} holds DNA": the title is a
// cloze line, not a front, so it makes a Cloze card (its back the heading
// path, as cloze's), and the body's lines make their own cards. Asked as
// a front, the title made a Basic card of a statement, its deletions shown
// as plain text, and its own deletion was never asked.
func (b *builder) clozeCallout(q *ast.Blockquote, title string, sc scope) bool {
	if !strings.Contains(title, "{{c") || !hasCloze([]byte(title)) {
		return false
	}
	p := b.p
	first := q.FirstChild()
	ls := p.lines(first)
	extra := strings.Join(sc.context(), " › ")
	if extra == "" {
		extra = b.title
	}
	line := p.line(ls[0][0])
	if b.add(escapeText(title), escapeText(extra), Cloze, line, sc) {
		b.cover(q) // the lines under it are its details, whether they make cards or not
	}
	b.paragraphRange(first, sc, ls[1:], false)
	b.blocks(p.children(q)[1:], sc)
	return true
}
