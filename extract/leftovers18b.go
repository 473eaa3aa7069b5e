package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// legendHeading reports whether heading hn, whose text is text, only leads
// the key of the formula just above it, nested under that formula's
// heading: "## Ideal Diode Law" over "$I=I_0(e^{qV/kT}-1)$" and "####
// where:" over "- $V$ = applied voltage". The heading names nothing to ask;
// its body keys the formula of the section it sits in.
func (b *builder) legendHeading(hn ast.Node, text string, level int) bool {
	if len(b.heads) == 0 || b.heads[len(b.heads)-1].level >= level {
		return false
	}
	if !legendLeadHeading(strings.ToLower(strings.TrimSpace(strings.TrimRight(text, ":：")))) {
		return false
	}
	prev := hn.PreviousSibling()
	if prev == nil || prev.Kind() != ast.KindParagraph || prev.Lines().Len() == 0 {
		return false
	}
	last := prev.Lines().At(prev.Lines().Len() - 1)
	line := b.p.src[last.Start:last.Stop]
	return bytes.IndexByte(line, '$') >= 0 || bytes.Contains(line, []byte(`\(`)) || bytes.Contains(line, []byte(`\]`))
}

// legendLeadHeading reports whether t, a heading's text in lower case
// without its colon, is a formula's legend lead alone, "where". A chunk of
// a long note never starts at one: legendHeading needs the formula above.
func legendLeadHeading(t string) bool {
	return t == "where" || t == "whereby" || t == "in which"
}

// legendItem handles a list item whose head is a formula's legend lead
// alone, "- where:", over the key nested under it: the lead asks nothing,
// as a "where:" paragraph over a list does (see formulaLegend), and each
// symbol asks for its meaning. It reports whether it handled the item.
func (b *builder) legendItem(head ast.Node, rest []ast.Node, sc scope) bool {
	if len(rest) == 0 || head.Lines().Len() != 1 {
		return false
	}
	whole := strings.TrimSpace(b.p.plain(head, 0, everything))
	if len(whole) > len("in which:") || !lookupLower(legendLeads, strings.TrimRight(whole, ":：")) {
		return false
	}
	for _, n := range rest {
		if _, ok := n.(*ast.List); !ok {
			return false
		}
	}
	b.cover(head)
	for _, n := range rest {
		b.symbolIsKeys(n.(*ast.List), sc)
	}
	b.blocks(rest, sc)
	return true
}

// legendKey adds the key under legend heading hn, "#### where:" over body,
// to the answer of the card of the formula's heading, as a "where:"
// paragraph under the formula is part of it: the law asks for its formula
// and what its symbols mean. It covers the heading and the key when that
// card is there; else the key's lines make their own cards alone.
func (b *builder) legendKey(hn ast.Node, body []ast.Node) {
	owner := b.heads[len(b.heads)-1]
	for len(body) > 0 && isRule(body[len(body)-1]) {
		body = body[:len(body)-1] // a rule that ends a section parts it from the next
	}
	for k := len(b.cards) - 1; k >= 0 && b.cards[k].Pos.Line >= owner.line; k-- {
		c := &b.cards[k]
		if c.Pos.Line != owner.line || c.Kind != Basic || len(body) == 0 {
			continue
		}
		c.Back = asBlock(c.Back) + "<p>" + b.p.html(hn, 0, everything) + "</p>" + asBlock(b.p.cardHTML(b.p.blocksHTML(body)))
		b.cover(hn)
		b.cover(body...)
		return
	}
	b.cover(hn)
}

// legendBody makes the cards of body, the key under a legend heading (see
// legendHeading): a paragraph keys a symbol, "I = the net current", and
// leads in no list after it; each item of a list keys a symbol, written
// with "=" or with "is".
func (b *builder) legendBody(body []ast.Node, sc scope) {
	for _, n := range body {
		switch n := n.(type) {
		case *ast.Paragraph:
			b.paragraph(n, sc, false)
		case *ast.List:
			b.symbolIsKeys(n, sc)
			b.list(n, sc)
		default:
			b.blocks([]ast.Node{n}, sc)
		}
	}
}

// asBlock returns the HTML of an answer as blocks: a bare line in a
// paragraph, blocks as they are.
func asBlock(html string) string {
	for _, tag := range []string{"<p>", "<ul>", "<ol>", "<pre", "<table", "<blockquote", "<div"} {
		if strings.HasPrefix(html, tag) {
			return html
		}
	}
	return "<p>" + html + "</p>"
}

// continuedHeading reports whether t, a heading's text, is marked as
// continuing the heading before it (see continued). A chunk of a long note
// never starts at one: mergeContinued needs the card of the heading it
// continues.
func continuedHeading(t string) bool {
	return containsFoldASCII(t, "cont") && continuedMark.MatchString(strings.TrimSpace(t))
}

// mergeContinued joins the card at index at, made by a heading marked as
// continued ("#### Seq2seq (cont.)", see continued), to the card of the
// same front and context made before it: slides carry one subject over
// several headings, and two cards "Seq2seq" would ask one question with
// two answers. The earlier card keeps its identity and takes both answers.
func (b *builder) mergeContinued(at int) {
	if at >= len(b.cards) {
		return
	}
	c := b.cards[at]
	for k := at - 1; k >= 0; k-- {
		o := &b.cards[k]
		if len(o.Context) < len(c.Context) || !slices.Equal(o.Context[:len(c.Context)], c.Context) {
			return // the scan leaves the section the heading sits in
		}
		if o.Front != c.Front || o.Kind != c.Kind || c.Kind != Basic || !slices.Equal(o.Context, c.Context) {
			continue
		}
		o.Back = asBlock(o.Back) + asBlock(c.Back)
		b.cards = slices.Delete(b.cards, at, at+1)
		return
	}
}
