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
	if !strings.Contains(title, "{{c") || !clozeHides(title) {
		return false // "> [!note] Title {{c1::x": a Cloze note of it would hide nothing
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

// clozeHides reports whether s holds a cloze deletion Anki can ask: every
// opening closed by a "}}" after it, and some answer not empty. A title
// "Title {{c1::x" or "{{c1::}}" made a Cloze note with no deletion, a
// blank card Anki rejects.
func clozeHides(s string) bool {
	opens := clozeOpen().FindAllStringIndex(s, -1)
	if len(opens) == 0 || len(opens) > strings.Count(s, "}}") || !strings.Contains(s[opens[len(opens)-1][1]:], "}}") {
		return false
	}
	ends, _ := clozeAnswers(s, opens)
	for i, m := range opens {
		answer, _, _ := strings.Cut(s[m[1]:ends[i]], "::")
		if strings.TrimSpace(answer) != "" {
			return true
		}
	}
	return false
}
