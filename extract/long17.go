package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// tocTitles are the titles of a table of contents, in the languages notes
// are written in ("Inhaltsverzeichnis", "Table des matières"), lower case.
var tocTitles = map[string]bool{
	"contents": true, "table of contents": true, "toc": true, "目录": true, "目次": true, "목차": true,
	"inhaltsverzeichnis": true, "table des matières": true, "sommaire": true, "índice": true,
	"sumário": true, "содержание": true, "mục lục": true,
}

// maxTOCTitle is the longest line, in bytes, that tocLead reads as a title
// of tocTitles with its marks: "**📑 Table des matières :**".
const maxTOCTitle = 40

// partWords name the parts of a book or a course that a table of contents
// lists by number: "Chapter 3", "Lecture 12", "Part II".
var partWords = map[string]bool{
	"chapter": true, "ch.": true, "part": true, "section": true, "lecture": true, "lesson": true,
	"week": true, "module": true, "unit": true,
}

// tocSection reports whether the section under the heading titled title,
// body, is a table of contents: under a title of tocTitles, lists (see
// tocList) and lines of links alone ("[Programs](os/programs.md)", the
// course's other files);
// under any title, one list of numbered parts named by their titles alone
// (partsList), "## Part 1 Fundamentals" over "1. Chapter 1 - Terminology".
// Such a section asks nothing and heads nothing: the chapters it lists
// come after it.
func (b *builder) tocSection(title string, body []ast.Node) bool {
	if len(body) == 0 {
		return false
	}
	t := strings.TrimSpace(strings.TrimRight(trimMarks(title), ":："))
	if b.outlineSection(t, body) {
		return true
	}
	if lookupLower(tocTitles, t) {
		for _, n := range body {
			if !b.linksOnly([]ast.Node{n}) && !b.tocList(n, !strings.EqualFold(t, "contents")) {
				return false
			}
		}
		return true
	}
	return len(body) == 1 && b.partsList(body[0])
}

// tocList reports whether n is a list that a title of tocTitles heads as
// a table of contents: any list if plain, else one whose every item opens
// with a link, "1. [Compute](Compute.md) - EC2, Lambda". "Contents" alone
// may title what a thing holds, "## Contents" over "- cytosol" under "#
// Cytoplasm", unless the list links to where each part is.
func (b *builder) tocList(n ast.Node, plain bool) bool {
	l, ok := n.(*ast.List)
	if !ok || plain {
		return ok
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if !b.opensWithLink(it.FirstChild()) {
			return false
		}
	}
	return true
}

// tocLead reports whether nodes[i] is a line that titles a table of
// contents, "**Table of Contents**", over a list (see tocList) or lines of
// links, nodes[i+1]: neither makes a card.
func (b *builder) tocLead(nodes []ast.Node, i int) bool {
	if i+1 >= len(nodes) || nodes[i].Kind() != ast.KindParagraph || nodes[i].Lines().Len() != 1 {
		return false
	}
	if line := nodes[i].Lines().At(0); line.Stop-line.Start > maxTOCTitle {
		return false // the quick test: most lines are longer than a title of tocTitles
	}
	t := strings.TrimSpace(strings.TrimRight(trimMarks(b.p.plain(nodes[i], 0, everything)), ":："))
	if !lookupLower(tocTitles, t) {
		return false
	}
	return b.linksOnly(nodes[i+1:i+2]) || b.tocList(nodes[i+1], !strings.EqualFold(t, "contents"))
}

// partsList reports whether n is a list of two or more items, each one line
// that opens with a part and its number and names it by a title alone,
// "Chapter 2 - Data Models and Query Languages" (see partTitle), over
// nothing but a list of its sections.
func (b *builder) partsList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || l.ChildCount() < 2 {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		first := it.FirstChild()
		if first == nil || first.Lines().Len() != 1 || !partTitle(b.p.plain(first, 0, everything)) {
			return false
		}
		for c := first.NextSibling(); c != nil; c = c.NextSibling() {
			if _, isList := c.(*ast.List); !isList {
				return false
			}
		}
	}
	return true
}

// partTitle reports whether s is a part's number and title, "Chapter 1 -
// Terminology", "Lecture 3: Memory", "Part II": a word of partWords, a
// number, and at most one title after it. A second separator gives more
// than a title, "Part 1: Introduction - a hook and the thesis".
func partTitle(s string) bool {
	word, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !lookupLower(partWords, word) {
		return false
	}
	num, title, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if !partNumber(strings.TrimRight(num, ".:)")) {
		return false
	}
	title = strings.TrimLeft(strings.TrimSpace(title), "-–—:")
	for _, sep := range []string{": ", " - ", " – ", " — "} {
		if strings.Contains(title, sep) {
			return false
		}
	}
	return !strings.HasSuffix(strings.TrimSpace(title), ".")
}

// partNumber reports whether s numbers a part: digits and dots, "4.2", or a
// short Roman numeral, "II".
func partNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	if isDigit(rune(s[0])) {
		return strings.Trim(s, "0123456789.") == ""
	}
	return strings.Trim(s, "ivxlcIVXLC") == ""
}

// dropLabelTwins returns cards without the heading's card of a section that
// is one labelled line, which another card asks with its label:
// "## Photosynthesis" over "Summary: light becomes sugar." made
// "Photosynthesis" → "Summary: light becomes sugar." and "Photosynthesis:
// Summary" → "light becomes sugar.", one fact twice. The label's card,
// the sharper question, stays.
func dropLabelTwins(cards []Card) []Card {
	var drop map[int]bool
	var lastCtx []string // the section of the last card, and its heading's card
	h := -1
	var walk sectionWalk
	for i, c := range cards {
		if len(c.Context) == 0 || c.Kind == Cloze {
			continue
		}
		if !slices.Equal(c.Context, lastCtx) {
			h, lastCtx = sectionHeadCard(cards[:i], c.Context, &walk), c.Context
		}
		if h < 0 || drop[h] {
			continue
		}
		if !strings.Contains(c.Front, ": ") {
			continue // the quick test: the label's card asks "heading: label"
		}
		label, ok := strings.CutPrefix(stripTags(c.Front), stripTags(cards[h].Front)+": ")
		if !ok || !labelledAs(cards[h].Back, label, c.Back) {
			continue
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[h] = true
	}
	return withoutMarked(cards, drop)
}

// sectionHeadCard returns the index among earlier of the card just before
// the cards of the section ctx, if it stands one level up: the card of the
// section's heading. It returns -1 when there is none. walk looks back over
// the cards of the section itself.
func sectionHeadCard(earlier []Card, ctx []string, walk *sectionWalk) int {
	if i := walk.before(earlier, ctx); i >= 0 && slices.Equal(earlier[i].Context, ctx[:len(ctx)-1]) && earlier[i].Kind != Cloze {
		return i
	}
	return -1
}

// labelledAs reports whether a heading card's back, headBack, is the one
// line "label: back" (or its bullet), as text: nothing more. label is text.
func labelledAs(headBack, label, back string) bool {
	text := strings.Join(strings.Fields(stripTags(headBack)), " ")
	rest, ok := strings.CutPrefix(text, strings.Join(strings.Fields(label), " "))
	if !ok {
		return false
	}
	rest, ok = strings.CutPrefix(rest, ":")
	if !ok {
		rest, ok = strings.CutPrefix(rest, "：")
	}
	a := strings.Join(strings.Fields(stripTags(back)), " ")
	return ok && a != "" && strings.TrimSpace(rest) == a
}

// adverbEnds are the endings of the adverbs that open a sentence and name
// nothing: "Generally", "Additionally", "Previously", "Alternatively",
// "Consequently", "Importantly", "Similarly". No term of seven letters or
// more ends so ("Rally", "Tally" are shorter).
var adverbEnds = []string{"ally", "ously", "ively", "ently", "antly", "arly"}

// sentenceAdverb reports whether front is one such adverb, with a colon at
// most: "Generally - 1 sequence → 1 structure", "Additionally:" over a
// list, "Alternatively," over a command. The line stays on its section's
// card. (A keyword in code, "`finally`", is a term: add asks no code
// front; nor a heading, "## Additionally" over a slide's list, whose card
// would be lost.)
func sentenceAdverb(front string) bool {
	w := strings.TrimRight(strings.TrimSpace(front), ":,")
	if len(w) < len("finally") || len(w) > len("alternatively") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	for _, e := range adverbEnds {
		if len(w) > len(e) && strings.EqualFold(w[len(w)-len(e):], e) {
			return true
		}
	}
	return false
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
