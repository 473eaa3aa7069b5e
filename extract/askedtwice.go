package extract

import (
	"bytes"
	"html"
	"slices"
	"strings"
)

// ownFrontsAskedTwice asks with the nearest level of its context that
// tells them apart the cards of one front with different answers that no
// other rule asked apart: "Grens" under "### Atmosfeer" and under "###
// Lithosfeer" reads "Atmosfeer: Grens" and "Lithosfeer: Grens". Asked bare,
// such a front is one question with two answers, which no student can
// review. A longer front asked under two sibling headings is asked apart
// too: "4 Processes of Erosion (coasts & rivers)" under "## Coasts" and
// "## Rivers". A term is the same thing wherever it is defined, and stays:
// a front of three words at most under siblings ("Heap" under "Heap Sort"
// and "Priority Queue"), or that one of the cards defines in a sentence
// ("Eventual consistency" under "Consistency patterns" and "NoSQL"), and a
// term each of two kinds lists ("Abrasion" under "Processes of erosion"
// and "Methods of erosion"). A label that paragraphs open with
// (labelLines), "**General Rule:** …", is no term and is asked apart even
// so. Cards of one front with one answer, a table's row (rows), and a
// group in which a card has no such level or two cards would still ask
// alike (but for labels, see ownApart) stay too. A card asked anew keeps its key, and so
// its GUID (see Card.Key). Labels still asked alike under one heading are
// one card (see mergeLabelsAlike); the cards left are returned.
func (p *parsed) ownFrontsAskedTwice(cards []Card, rows map[int]bool) []Card {
	// The cards of one front are chained in next, in order: a map entry a
	// front and no slice a card, where nearly every front is asked once
	// (Parse items=10000: 11k fronts, a slice each before).
	group := make(map[string]int, len(cards))   // a front's index in groups
	groups := make([]frontGroup, 0, len(cards)) // fronts in the order first seen, for determinism
	next := make([]int, len(cards))             // the next card of the same front; 0: none
	for i, c := range cards {
		if c.Kind == Cloze || len(c.Context) == 0 || rows[c.Pos.Line] {
			continue
		}
		g, ok := group[c.Front]
		if !ok {
			group[c.Front] = len(groups)
			groups = append(groups, frontGroup{front: c.Front, first: i, last: i, n: 1})
			continue
		}
		next[groups[g].last] = i
		groups[g].last, groups[g].n = i, groups[g].n+1
	}
	var drop map[int]bool // label cards merged into another (see mergeLabelsAlike)
	for _, g := range groups {
		if g.n < 2 {
			p.askPointWithItem(&cards[g.first])
			continue
		}
		f, is := g.front, make([]int, 0, g.n)
		for i := g.first; len(is) < g.n; i = next[i] {
			is = append(is, i)
		}
		if !answersDiffer(cards, is) {
			continue
		}
		labels := p.labelLines(cards, is)
		if labels || countFields(f) > 3 || givesFigures(cards, is) || p.arrowPoints(cards, is) || !siblings(cards, is) && !definesTerm(cards, is) {
			ownApart(cards, is, labels)
		}
		if labels && !asksAny(cards, is) {
			drop = mergeLabelsAlike(cards, is, drop)
		}
	}
	return withoutMarked(cards, drop)
}

// A frontGroup is the cards of one front, chained from first to last (see
// ownFrontsAskedTwice): "Grens" asked under "### Atmosfeer" and "###
// Lithosfeer" is one group of n = 2.
type frontGroup struct {
	front       string
	first, last int // the first and last card's index
	n           int // how many cards
}

// mergeLabelsAlike makes one card of the cards is, labels (see labelLines)
// asked apart by their headings, that still ask alike under one heading:
// "**General Rule:** Focus is on …", "**General Rule:** Duty of care does
// not arise …" and "**General Rule:** 5 factors" under "## 3.2 Legal
// Proximity" are one card "Legal Proximity: General Rule" answering the
// three rules in a list, not one front asked three times with three
// answers. The first card keeps its GUID; the others are marked in drop,
// which is returned.
func mergeLabelsAlike(cards []Card, is []int, drop map[int]bool) map[int]bool {
	for k, i := range is {
		if drop[i] {
			continue
		}
		backs := []string{cards[i].Back}
		for _, j := range is[k+1:] {
			if !drop[j] && cards[j].Front == cards[i].Front && slices.Equal(cards[j].Context, cards[i].Context) {
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[j] = true
				backs = append(backs, cards[j].Back)
			}
		}
		if len(backs) > 1 {
			cards[i].Back = "<ul><li>" + strings.Join(backs, "</li><li>") + "</li></ul>"
		}
	}
	return drop
}

// labelLines reports whether each of the cards is was made from a line of
// the note that opens with its front and a colon outside a list or a table:
// "**General Rule:** Focus is on …" under "## 3.2 Legal Proximity" and again
// under "# 4 Breach of Duty", or "解决方法：acquire和release" (solution:) twice,
// labels a paragraph says what it is with, not a term each card defines, so
// that the exemptions of terms (ownFrontsAskedTwice) do not keep them bare.
func (p *parsed) labelLines(cards []Card, is []int) bool {
	for _, i := range is {
		src, ok := p.cardLine(cards[i])
		if !ok {
			return false
		}
		line := strings.TrimLeft(string(src), " \t")
		if listMarkerLen([]byte(line)) > 0 || strings.HasPrefix(line, "|") || strings.HasPrefix(line, ">") {
			return false
		}
		rest, ok := strings.CutPrefix(boldMarks.Replace(line), html.UnescapeString(stripTags(cards[i].Front)))
		if rest = strings.TrimLeft(rest, "*_ \t"); !ok || rest != "\n" && rest != "" && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "：") {
			return false
		}
	}
	return true
}

// arrowPoints reports whether each of the cards is is a point nested under
// a list item that gives a property and its effect with an arrow: "Acts on
// M3 → Atonic Bladder" under "- Bethanechol" and "Acts on M3 → Sjogren
// Syndrome" under "- Cevimeline". Such a front is the property of the item
// above it, a drug's, not a term that is one thing wherever it stands, so
// it is asked with that item even under sibling items. A pathway's step at
// the top level of a list, "- Glucose → Glycogen", is no such point.
func (p *parsed) arrowPoints(cards []Card, is []int) bool {
	for _, i := range is {
		line, ok := p.cardLine(cards[i])
		if !ok {
			return false
		}
		item := bytes.TrimLeft(line, " \t")
		if len(item) == len(line) || listMarkerLen(item) == 0 || !hasArrow(item) {
			return false
		}
	}
	return true
}

// askPointWithItem asks card c, the one card of its front, with the list
// item it is nested under when it is a point that gives a property and its
// effect with an arrow (see arrowPoints): "Water soluble → Quaternary amine"
// under "- Neostigmine" asks "Neostigmine: Water soluble", as the same point
// under two drugs is asked (see ownFrontsAskedTwice). Bare, "Water soluble"
// names no drug, and the student cannot tell which of the class it asks. A
// card asked with an owner already, one whose front names its item or asks
// a question, a point under an aspect ("- S/E" over "  - Weight gain →
// avoid in obesity"), a question or a lead-in, and a point of a list that
// no item holds (indented under a heading or a paragraph) or of an item
// that named no level of its context (a sentence over it) stay.
func (p *parsed) askPointWithItem(c *Card) {
	if c.Kind == Cloze || c.Key != "" || len(c.Context) == 0 {
		return
	}
	line, ok := p.cardLine(*c)
	if !ok || len(line) == 0 || line[0] != ' ' && line[0] != '\t' {
		return
	}
	item := bytes.TrimLeft(line, " \t")
	if listMarkerLen(item) == 0 || !hasArrow(item) {
		return
	}
	parent, ok := p.itemAbove(c.Pos.Line-p.lineShift, len(line)-len(item))
	if !ok {
		return
	}
	f := html.UnescapeString(stripTags(c.Front))
	if strings.ContainsRune(f, '?') || hasArrow([]byte(f)) {
		return // "What will I use? --> Tools" answers a question; "Lactose →" is a reaction's side
	}
	o := strings.TrimSpace(c.Context[len(c.Context)-1])
	if o == "" || !hasWordChar(o) || !fitsOwner(o) || !namesOwner(o) || kindOfThings(o) || strings.ContainsAny(o[len(o)-1:], "?:") ||
		otherAspect(o) || isBriefPart(o) || strings.Contains(strings.ToLower(f), strings.ToLower(o)) {
		return // "S/E" over "Weight gain → avoid in obesity" is the drug's aspect, no owner
	}
	if !strings.Contains(parent, o) && !strings.Contains(boldMarks.Replace(parent), o) {
		return // the item above made no level of the context: a heading would own the point
	}
	c.Key = c.Front
	c.Front = escapeText(o) + ": " + c.Front
}

// itemAbove returns the line of the list item that line k of the body
// (1-based), indented by indent, is nested under: the nearest line above it
// that is indented less and not blank, when it opens with a list marker.
func (p *parsed) itemAbove(k, indent int) (string, bool) {
	for j := k - 1; j >= 1 && j > k-maxItemReach; j-- {
		end := len(p.src)
		if j < len(p.lineStart) {
			end = p.lineStart[j]
		}
		l := p.src[p.lineStart[j-1]:end]
		t := bytes.TrimLeft(l, " \t")
		if len(bytes.TrimSpace(t)) == 0 || len(l)-len(t) >= indent {
			continue
		}
		if listMarkerLen(t) == 0 {
			return "", false
		}
		return string(t), true
	}
	return "", false
}

// maxItemReach is the most lines itemAbove looks up for the item a point
// is nested under.
const maxItemReach = 50

// asksAny reports whether the answer of one of the cards is asks a
// question: "STEM: What is the SI unit of acceleration?" over its choices
// labels a quiz's question, each its own card, where merged answers would
// ask two questions at once.
func asksAny(cards []Card, is []int) bool {
	for _, i := range is {
		if strings.Contains(stripTags(cards[i].Back), "?") {
			return true
		}
	}
	return false
}

// answersDiffer reports whether the cards is give two answers or more.
func answersDiffer(cards []Card, is []int) bool {
	for _, i := range is[1:] {
		if cards[i].Back != cards[is[0]].Back {
			return true
		}
	}
	return false
}

// givesFigures reports whether the answer of each of the cards gives
// figures only: each of its lines and list items a few words that hold a
// digit (a link alone on its line cites them), "5–10%" and "8–12%" of "Economics" under "## Session 1" and "##
// Session 2", "2024 CFA Level 1" over "9–18 questions /180". A figure is
// the heading's, a session's weight or a class's mask, not the term's: the
// same term under two sibling headings ("Heap" under "Heap Sort" and
// "Priority Queue") is one thing, but its figures under each are two
// questions.
func givesFigures(cards []Card, is []int) bool {
	for _, i := range is {
		b := cards[i].Back
		if strings.IndexFunc(b, isDigit) < 0 {
			return false
		}
		for _, part := range strings.FieldsFunc(figureBreaks.Replace(b), func(r rune) bool { return r == '\n' }) {
			t := stripTags(part)
			if strings.TrimSpace(t) == "" || citedLink(part) {
				continue
			}
			if countFields(t) > maxFigureWords || strings.IndexFunc(t, isDigit) < 0 {
				return false
			}
		}
	}
	return true
}

// citedLink reports whether the line of an answer s is a link alone, "[Source:
// CFA Institute](https://…)" under the figures it cites, no line of the
// answer.
func citedLink(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "<a ") && strings.HasSuffix(s, "</a>") && strings.Count(s, "</a>") == 1
}

// maxFigureWords is the most words of a line that gives a figure (see
// givesFigures): "9–18 questions /180", "2^24 (16777216)".
const maxFigureWords = 4

// figureBreaks turns the tags that part the lines and items of an answer
// into line breaks (see givesFigures).
var figureBreaks = strings.NewReplacer("<li>", "\n", "</li>", "\n", "<br>", "\n", "<br />", "\n", "<p>", "\n", "</p>", "\n")

// definesTerm reports whether the answer of one of the cards is is a
// sentence, six words or more that no list holds, as a term's definition
// is: "After a write, reads will eventually see it".
func definesTerm(cards []Card, is []int) bool {
	for _, i := range is {
		b := cards[i].Back
		if !strings.HasPrefix(b, "<ul>") && !strings.HasPrefix(b, "<ol") && countFields(stripTags(b)) >= 6 {
			return true
		}
	}
	return false
}

// siblings reports whether the cards is sit under one parent level, or
// under none.
func siblings(cards []Card, is []int) bool {
	c := cards[is[0]].Context
	for _, i := range is[1:] {
		if d := cards[i].Context; !slices.Equal(c[:len(c)-1], d[:len(d)-1]) {
			return false
		}
	}
	return true
}

// kindOfThings reports whether level o names a kind of things, a plural
// noun before "of": "Processes of erosion", "Types of rock".
func kindOfThings(o string) bool {
	w := strings.Fields(strings.ToLower(o))
	return len(w) > 2 && w[1] == "of" && pluralNoun(w[0])
}

// ownApart asks each of the cards is with the innermost level of its
// context that not all of them share, when every card has one and the
// fronts it gives differ, or, for labels (see labelLines), even where two
// under one heading still ask alike: "Legal Proximity: General Rule" twice
// asks less blindly than "General Rule" five times.
func ownApart(cards []Card, is []int, labels bool) {
	levels := map[string]int{} // how many of the cards have each level in their context
	for _, i := range is {
		seen := map[string]bool{}
		for _, l := range cards[i].Context {
			if !seen[l] {
				seen[l] = true
				levels[l]++
			}
		}
	}
	owner := map[int]string{}
	for _, i := range is {
		o, ok := apartLevel(cards[i].Context, levels, len(is))
		if !ok || kindOfThings(o) {
			return
		}
		owner[i] = o
	}
	names := ownerNames(is, owner)
	fronts := map[string]bool{}
	for _, i := range is {
		n, ok := names[i]
		if !ok || fronts[strings.ToLower(n)] && !labels {
			return
		}
		fronts[strings.ToLower(n)] = true
	}
	for _, i := range is {
		if cards[i].Key == "" {
			cards[i].Key = cards[i].Front
		}
		cards[i].Front = escapeText(names[i]) + ": " + cards[i].Front
	}
}

// apartLevel returns the innermost level of context that fewer than n
// cards have (see levels in ownApart) and that is short enough to name an
// owner (see fitsOwner).
func apartLevel(context []string, levels map[string]int, n int) (string, bool) {
	for i := len(context) - 1; i >= 0; i-- {
		if o := strings.TrimSpace(context[i]); o != "" && levels[context[i]] < n && hasWordChar(o) {
			return o, fitsOwner(o)
		}
	}
	return "", false
}

// boldMarks drops the marks of bold, "**General Rule:**" → "General Rule:".
var boldMarks = strings.NewReplacer("**", "", "__", "")

// cardLine returns the line of the note's body that card c was made from,
// with its line end ("- Acts on M3 → Atonic Bladder\n"), and false when
// the card's line is not in the body.
func (p *parsed) cardLine(c Card) ([]byte, bool) {
	k := c.Pos.Line - p.lineShift
	if k < 1 || k > len(p.lineStart) {
		return nil, false
	}
	end := len(p.src)
	if k < len(p.lineStart) {
		end = p.lineStart[k]
	}
	return p.src[p.lineStart[k-1]:end], true
}
