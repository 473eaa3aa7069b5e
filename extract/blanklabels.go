package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// bareLabel reports whether s, the plain text of a line, is a label alone,
// waiting for what it labels: "PORTS:", "Description:", "Given IP Block:".
func bareLabel(s string) bool {
	s = strings.TrimSpace(s)
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, ":"), "："))
	if t == s || t == "" {
		return false
	}
	return countFields(t) <= 4 && !strings.ContainsAny(t, ".?!:;：")
}

// mayBeLabel reports whether line, as written, may be a bare label: the
// quick test before its text is rendered, which must end in a colon, typed
// or as a character reference.
func mayBeLabel(line []byte) bool {
	return bytes.IndexByte(line, ':') >= 0 || bytes.IndexByte(line, '&') >= 0 || bytes.Contains(line, []byte("："))
}

// labelsOnly reports whether block n is nothing but bare labels: a
// paragraph of them, or a list of them without anything nested, as a
// template's "- **Description**:" "- **Creation**:" are.
func (p *parsed) labelsOnly(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Paragraph:
		for _, r := range p.lines(n) {
			if !mayBeLabel(p.src[r[0]:r[1]]) || !bareLabel(p.plain(n, r[0], r[1])) {
				return false
			}
		}
		return n.Lines().Len() > 0
	case *ast.List:
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			c := it.FirstChild()
			if c == nil || c.NextSibling() != nil || c.Lines().Len() != 1 || !mayBeLabel(p.src[c.Lines().At(0).Start:c.Lines().At(0).Stop]) || !bareLabel(p.plain(c, 0, everything)) {
				return false
			}
		}
		return n.FirstChild() != nil
	}
	return false
}

// blankLabels returns a heading's body without its labels that label
// nothing: bare labels that end the body or stand over other bare labels.
// A template left blank, "## Heap" over "- **Description**:" "-
// **Creation**:", or a STAR prompt over "* Situation:" "* Task:" with no
// story under them, teaches nothing: blank is true when the body holds
// nothing else, or nothing but the prompt's question, and the heading
// makes no card. "Tell me about an occasion when …" is a prompt too.
func (p *parsed) blankLabels(body []ast.Node) (rest []ast.Node, blank bool) {
	drop := func(i int) bool { return p.labelsOnly(body[i]) && (i+1 == len(body) || p.labelsOnly(body[i+1])) }
	first := 0
	for first < len(body) && !drop(first) {
		first++
	}
	if first == len(body) {
		return body, false // most headings: no copy
	}
	rest = slices.Clone(body[:first])
	for i := first + 1; i < len(body); i++ {
		if !drop(i) {
			rest = append(rest, body[i])
		}
	}
	for _, n := range rest {
		if _, ok := n.(*ast.Paragraph); !ok {
			return rest, false
		}
		if t := strings.TrimSpace(p.plain(n, 0, everything)); !strings.HasSuffix(t, "?") && !isPrompt(t) {
			return rest, false
		}
	}
	return nil, true
}

// labelsOfUsed reports whether block i of a title's section is bare labels
// over a block that cards used: "PORTS:" over "Port 161 \- SNMP" lines,
// each a card of its own. On the title's card of what no card used, the
// label would stand alone.
func (b *builder) labelsOfUsed(nodes []ast.Node, i int) bool {
	return b.p.labelsOnly(nodes[i]) && (i+1 == len(nodes) || !b.isUnused(nodes[i+1]))
}

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

// maxDefinedLabelWords is the most words of a term alone on its line over
// the paragraph that defines it (see definedLabel).
const maxDefinedLabelWords = 4

// definitionLeadRE matches the opening of a paragraph that defines the term
// above it without naming it: "It is a content delivery network …", "A
// service that resolves names …", "Used to run code without servers".
var definitionLeadRE = lazyRegexp(`^(?:It is (?:a|an|the) |It's (?:a|an) |Is (?:a|an) |Refers to |Used (?:to|for) |(?:A|An) (?:[a-z][\w-]* ){1,3}(?:that|which|used) )`)

// definedLabel reports whether t, the plain text of a paragraph of one
// line, is a term alone that paragraph next defines: "CloudFront" over "It
// is a content delivery network (CDN).". The term is a few words naming a
// thing, with no closing punctuation; a topic title over its prose,
// "Networking basics" over "This section walks through …", or a part of
// the note, "Summary", is none.
func (p *parsed) definedLabel(t string, next ast.Node) bool {
	if _, ok := next.(*ast.Paragraph); !ok || t == "" || countFields(t) > maxDefinedLabelWords || strings.ContainsAny(t, ".?!:;,：") || !isTerm(t) {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(t), " ")
	if fillerFronts[strings.ToLower(t)] || sectionWords[first] {
		return false // "Summary" over "It is a good idea to …": a part of the note
	}
	return definitionLeadRE().MatchString(strings.TrimSpace(p.plain(next, 0, everything)))
}
