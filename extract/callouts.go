package extract

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// asideTypes are the callout types that only set their text apart, as
// GitHub's alerts and Obsidian's plain callouts do: "> [!NOTE]" says how
// the text looks, not what it is about.
var asideTypes = map[string]bool{
	"note": true, "info": true, "tip": true, "hint": true, "important": true,
	"warning": true, "caution": true, "danger": true, "attention": true,
}

// untitledAside reports whether paragraph n opens a callout with no title
// whose type only sets its text apart: "> [!NOTE]" over "I didn't decide
// I'd take notes until halfway through the first class" asks nothing, so
// its text belongs to the section it stands in, not to a card of its own
// asked "Chapter 1 - Democracy: NOTE".
func (p *parsed) untitledAside(n ast.Node) bool {
	if n == nil || n.Lines().Len() == 0 {
		return false
	}
	first := n.Lines().At(0)
	m := calloutHead().FindStringSubmatch(strings.TrimSpace(string(p.src[first.Start:first.Stop])))
	return m != nil && m[2] == "" && asideTypes[strings.ToLower(m[1])]
}

// aside makes the cards inside the untitled callout q, "> [!NOTE]" over
// "> The dative case indicates to or for whom", and none of q itself: its
// section's card shows its text, and its "[!NOTE]" line is no term. Its
// lines define as a paragraph's do: a Notion callout, "<aside>" over
// "💡 A superkey is a set of …", asks superkey.
func (b *builder) aside(q *ast.Blockquote, sc scope) {
	first := q.FirstChild()
	b.paragraphRange(first, sc, b.p.lines(first)[1:], true)
	b.blocks(b.p.children(q)[1:], sc)
}

// numberLabel numbers the card at i, asked by a heading and a callout's
// label, "Cyclotomic Field: Theorem", when an earlier card asks the same:
// two untitled "> [!theorem]" under one heading are "Theorem 1" and
// "Theorem 2", not two cards no front tells apart.
func (b *builder) numberLabel(i int) {
	front := b.cards[i].Front
	if b.labels == nil {
		b.labels = map[string][2]int{}
	}
	l, ok := b.labels[front]
	if !ok {
		b.labels[front] = [2]int{i, 1}
		return
	}
	l[1]++
	b.labels[front] = l
	if l[1] == 2 && l[0] < i && b.cards[l[0]].Front == front {
		b.cards[l[0]].Front = front + " 1"
		if k, ok := b.proofs[l[0]]; ok && k < len(b.cards) && b.cards[k].Front == "Proof of "+front {
			b.cards[k].Front = "Proof of " + front + " 1" // its proof is asked with its new front
		}
	}
	b.cards[i].Front = front + " " + strconv.Itoa(l[1])
}
