package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// titledSentenceList makes one card of a title alone in bold (or in HTML
// style tags) over a sentence and the list right under it:
// "<big><u>The Invertible Matrix Theorem</u></big>" over "All these
// statements are equivalent, so if one is true, all are true." and the
// statements. The title asks; the sentence and the list are its answer.
// Read as a title over a sentence alone, the theorem lost its statements
// to the heading's card. A second line that defines, asks or leads in
// with a colon is left to the other rules. It reports whether par was
// such a title.
func (b *builder) titledSentenceList(par ast.Node, l *ast.List, ls [][2]int, sc scope) bool {
	p := b.p
	if len(ls) != 2 || isTaskList(l) {
		return false
	}
	second := strings.TrimSpace(p.plain(par, ls[1][0], ls[1][1]))
	if second == "" || strings.HasSuffix(second, ":") || strings.HasSuffix(second, "：") || isQuestion(second) {
		return false
	}
	if _, ok := p.splitLine(par, ls[1][0], ls[1][1]); ok {
		return false // "**Mitosis**" over "Mitosis is cell division." defines its own words
	}
	t, ok := b.boldLine(par, ls[0])
	if !ok {
		return false
	}
	key := kindKey(t)
	t = kindFront(t, sc)
	front, owned := b.ownLabel(t, sc)
	if key == "" {
		key = owned
	}
	if b.add(front, "<p>"+p.html(par, ls[1][0], ls[1][1])+"</p>"+p.blocksHTML([]ast.Node{l}), Basic, p.line(ls[0][0]), sc) {
		if key != "" {
			b.cards[len(b.cards)-1].Key = key
		}
		b.coverLines(p.line(ls[0][0]), p.line(ls[1][1]-1))
		b.cover(l)
	}
	b.list(l, sc.with(contextText(t)))
	return true
}

// ownLabel asks a bold label over its own answer with the heading it
// belongs to when the label is one of the topic's aspects (aspectFrontKey):
// "**Purpose:**" over "Focuses on a firm's internal resources …" and the
// resources under "### Resource-Based View" asks "Resource-Based View:
// Purpose", as the same label over a sentence and a table does; asked
// alone, "Purpose" was one front for every framework of the note. It
// returns the key that keeps the GUID of the front asked bare before, else
// "".
func (b *builder) ownLabel(front string, sc scope) (f, key string) {
	f, key = aspectFrontKey(front, sc, b.title)
	if f == front {
		return front, ""
	}
	if key == "" {
		key = front
	}
	return f, key
}
