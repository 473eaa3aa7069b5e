package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// labelHeading makes the card of a heading written as a short "Label:
// value" over nothing, as a note lists an algorithm's facts: "## Time
// complexity: O(log n)" under "# Binary search" asks "Binary search: Time
// complexity" → O(log n). The label is asked with the heading above it,
// which it is a fact of, when that heading is short. A heading over
// sections of its own ("## Chapter 1: Cells" over "### Organelles") titles
// them and makes no card, and so does a line a rule underlines, which
// Slidev's slide settings are ("layout: default" between "---" lines).
func (b *builder) labelHeading(hn ast.Node) {
	n, ok := hn.(*ast.Heading)
	if !ok || n.Level < 2 || n.Lines().Len() != 1 || !b.p.atxHeading(n) {
		return
	}
	if next, ok := n.NextSibling().(*ast.Heading); ok && next.Level > n.Level {
		return
	}
	seg := n.Lines().At(0)
	s, ok := b.p.splitLine(n, seg.Start, seg.Stop)
	if !ok || s.sep != ":" {
		return
	}
	term, def := b.p.plain(n, s.termLo, s.termHi), b.p.plain(n, s.defLo, s.defHi)
	if countFields(term) > 4 || countFields(def) > 6 && (countFields(def) > maxHeadingDef || !b.p.definingHeading(n, def)) {
		return
	}
	front := b.p.html(n, s.termLo, s.termHi)
	if o, ok := b.ownerHeading(); ok && countFields(o) <= maxOwnedWords {
		front = escapeText(o) + ": " + front
	}
	if b.add(front, b.p.html(n, s.defLo, s.defHi), b.defKind(), b.p.lineOf(n), b.scope()) {
		b.cover(hn)
	}
}

// maxHeadingDef is the most words of the value of a "Label: value" heading
// over nothing that defines its label (definingHeading).
const maxHeadingDef = 30

// definingHeading reports whether heading n, a "Label: value" over nothing
// whose value def is longer than a title's, is a definition set in a
// heading's type, as students emphasize a line: its value ends as a sentence
// does ("#### Description: The most widely used video interface, …
// signals."), or a heading beside it of its level is one too ("### RES: non
// swap system memory the task is using" over "### SHR: shared memory
// size"). A lone title and its subtitle, "### Igneous rocks: Their mode of
// occurrence, classification and tectonic setting", defines nothing.
func (p *parsed) definingHeading(n *ast.Heading, def string) bool {
	if strings.HasSuffix(strings.TrimSpace(def), ".") {
		return true
	}
	if prev, ok := n.PreviousSibling().(*ast.Heading); ok && prev.Level == n.Level && p.labelLine(prev) {
		return true
	}
	next, ok := n.NextSibling().(*ast.Heading)
	if !ok || next.Level != n.Level || !p.labelLine(next) {
		return false
	}
	after, ok := next.NextSibling().(*ast.Heading)
	return next.NextSibling() == nil || ok && after.Level <= next.Level
}

// labelLine reports whether heading n is one line that parts at a colon
// into a label and its value, "SHR: shared memory size".
func (p *parsed) labelLine(n *ast.Heading) bool {
	if n.Lines().Len() != 1 {
		return false
	}
	seg := n.Lines().At(0)
	s, ok := p.splitLine(n, seg.Start, seg.Stop)
	return ok && s.sep == ":"
}

// atxHeading reports whether heading n is written with "#" signs, not
// underlined: the source before its text, on its line, is "#"s and spaces.
func (p *parsed) atxHeading(n *ast.Heading) bool {
	i := n.Lines().At(0).Start
	for i > 0 && p.src[i-1] != '\n' {
		i--
		if c := p.src[i]; c != '#' && c != ' ' && c != '\t' {
			return false
		}
	}
	return i < len(p.src) && p.src[i] == '#'
}

// namingLead returns the paragraph of a heading's body that only spells out
// the heading's acronym over the list after it, the whole body, or nil:
// "### FCFS" over "First-Come, First-Served Scheduling" and "- Simplest
// scheduling algorithm". The line names what the heading does; the
// heading's card asks for the list, and the list's parts are the
// heading's ("FCFS: Pros"), not the line's.
func (p *parsed) namingLead(body []ast.Node, heading string) *ast.Paragraph {
	if len(body) != 2 {
		return nil
	}
	par, ok := body[0].(*ast.Paragraph)
	if _, list := body[1].(*ast.List); !ok || !list || par.Lines().Len() != 1 {
		return nil
	}
	// The expansion may end with the kind of thing it names: "… Scheduling".
	words := strings.Fields(p.plain(par, 0, everything))
	for k := len(words); k > 0 && k >= len(words)-1; k-- {
		if spells(strings.TrimSpace(heading), strings.Join(words[:k], " ")) {
			return par
		}
	}
	return nil
}

// headingLine reports whether the file's line holds an ATX heading, "##
// Additionally", or one in a bullet.
func (p *parsed) headingLine(line int) bool {
	k := line - p.lineShift
	if k < 1 || k > len(p.lineStart) {
		return false
	}
	start, stop := p.lineStart[k-1], len(p.src)
	if k < len(p.lineStart) {
		stop = p.lineStart[k]
	}
	return bytes.HasPrefix(bytes.TrimLeft(p.src[start:stop], " \t-*+"), []byte("#"))
}
