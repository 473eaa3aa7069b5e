package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Review notes copied from a quiz put each question on a line of its own,
// a blank line, and its answer, with no blank line after the answer:
//
//	Is a web certificate necessary to use HTTPS?
//
//	Yes, HTTPS requires a valid SSL/TLS certificate.
//	Port 443, 80, 22 is reserved for which protocol?
//
//	Port 443: HTTPS, Port 80: HTTP, Port 22: SSH
//
// The paragraph after each question holds its answer and, on its last
// line, the next question, which the block after it answers.

// asksLast reports whether n is a paragraph of answer lines whose last line
// is the next question, and a paragraph, a list, a quote or code follows it
// to answer (see answersThenAsks).
func (p *parsed) asksLast(n ast.Node) bool {
	switch n.NextSibling().(type) {
	case *ast.Paragraph, *ast.List, *ast.Blockquote, *ast.FencedCodeBlock, *ast.CodeBlock:
		return p.answersThenAsks(n)
	}
	return false
}

// answersThenAsks reports whether n is a paragraph of answer lines whose last
// line is the next question: the paragraph before it asks, a question or a
// prompt alone on its line ("… value of:") or such a paragraph itself, and
// no other line of n asks.
func (p *parsed) answersThenAsks(n ast.Node) bool {
	return p.answersThenAsksIn(n, maxAskingChain)
}

// maxAskingChain is how many paragraphs back answersThenAsks looks for the
// lone question that opens a chain of them: it bounds the work on a long
// run of paragraphs that each end with a question.
const maxAskingChain = 8

// answersThenAsksIn is answersThenAsks looking at most depth paragraphs back.
func (p *parsed) answersThenAsksIn(n ast.Node, depth int) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	ls := p.lines(n)
	if len(ls) < 2 || len(ls) > 30 {
		return false
	}
	last := ls[len(ls)-1]
	if !bytes.Contains(p.src[last[0]:last[1]], []byte("?")) || !isQuestion(p.plain(n, last[0], last[1])) {
		return false // the quick test first: no "?" on the last line
	}
	for _, r := range ls[:len(ls)-1] {
		if t := strings.TrimSpace(p.plain(n, r[0], r[1])); questionMark(t) != "" {
			return false // questions a line each, or lines with their translations
		}
	}
	prev, ok := n.PreviousSibling().(*ast.Paragraph)
	if !ok || prev.Lines().Len() == 0 {
		return false
	}
	pl := p.lines(prev)
	if len(pl) > 1 {
		return depth > 1 && p.answersThenAsksIn(prev, depth-1)
	}
	asked := strings.TrimSpace(p.plain(prev, pl[0][0], pl[0][1]))
	return strings.HasSuffix(asked, "?") || strings.HasSuffix(asked, ":")
}

// answerLines returns the HTML of answer block a and covers its lines;
// a paragraph that asks the next question on its last line (answersThenAsks)
// answers with its other lines alone.
func (b *builder) answerLines(a ast.Node) (string, func()) {
	if !b.p.answersThenAsks(a) {
		return b.p.blocksHTML([]ast.Node{a}), func() { b.cover(a) }
	}
	ls := b.p.lines(a)
	end := ls[len(ls)-2]
	return b.p.html(a, ls[0][0], end[1]), func() { b.coverLines(b.p.line(ls[0][0]), b.p.line(end[0])) }
}

// trailingQuestion makes the card of the question on the last line of
// paragraph n (see asksLast), answered by the block after it; n's other
// lines make their own cards first, as answer lines do. It reports whether
// n was such a paragraph.
func (b *builder) trailingQuestion(n, next ast.Node, sc scope) bool {
	if !b.p.asksLast(n) {
		return false
	}
	p := b.p
	ls := p.lines(n)
	b.paragraphRange(n, sc, ls[:len(ls)-1], true)
	q := ls[len(ls)-1]
	back, cover := b.answerLines(next)
	if b.add(cutFrontNumbering(p.html(n, q[0], q[1])), back, Basic, p.line(q[0]), sc) {
		b.coverLines(p.line(q[0]), p.line(q[0]))
		cover()
	}
	return true
}
