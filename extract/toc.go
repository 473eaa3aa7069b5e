package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// outlineTitles title the list of topics a lecture goes on to cover, lower
// case: "###### Outline" over "- Seq2seq with attention"; and the topics
// the student has yet to write up, "## TODO" over "- Trunk port".
var outlineTitles = map[string]bool{"outline": true, "lecture outline": true, "agenda": true, "topics": true,
	"todo": true, "to do": true, "to-do": true}

// maxOutlineWords is the most words an item of an outline has: a title, not
// a sentence.
const maxOutlineWords = 10

// outlineSection reports whether the section under the heading titled t
// (without its marks and colon), body, lists what the note goes on to
// cover: under a title of outlineTitles, or under "Contents" (a slide's
// "Content"), one list of titles (see outlineList), at least
// minContentsItems under "Contents", and perhaps the rule that closes it.
// Such a section asks nothing and heads nothing, as a table of contents
// does.
func (b *builder) outlineSection(t string, body []ast.Node) bool {
	contents := strings.EqualFold(t, "contents") || strings.EqualFold(t, "content") // a slide's "Content"
	if !contents && !lookupLower(outlineTitles, t) {
		return false
	}
	if k := len(body) - 1; k > 0 && body[k].Kind() == ast.KindThematicBreak {
		body = body[:k] // the rule that ends a slide or a section
	}
	if len(body) != 1 {
		return false
	}
	if l, ok := body[0].(*ast.List); contents && (!ok || l.ChildCount() < minContentsItems) {
		return false
	}
	return b.outlineList(body[0], contents)
}

// minContentsItems is the fewest titles a "Contents" list of the note's
// headings holds; fewer more likely name what a thing holds.
const minContentsItems = 3

// outlineList reports whether n is a list whose every item is one line of a
// title, at most maxOutlineWords words that end in no sentence's mark,
// with nothing under it but lists of such items. Under "Contents"
// (headingCase), each title opens in upper case as the note's headings do:
// "Memory and Storage", not what a thing holds, "cytosol".
func (b *builder) outlineList(n ast.Node, headingCase bool) bool {
	l, ok := n.(*ast.List)
	if !ok {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		first := it.FirstChild()
		if first == nil || first.Lines() == nil || first.Lines().Len() != 1 {
			return false
		}
		t := strings.TrimSpace(b.p.plain(first, 0, everything))
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || countFields(t) > maxOutlineWords || strings.ContainsAny(t[len(t)-1:], ".?!:;") || headingCase && !unicode.IsUpper(r) {
			return false
		}
		for c := first.NextSibling(); c != nil; c = c.NextSibling() {
			if !b.outlineList(c, headingCase) {
				return false
			}
		}
	}
	return true
}

// anchorMarks are the texts of the link a site's generator puts after a
// heading to its own anchor: "### Reliability [#](#reliability)".
var anchorMarks = map[string]bool{"#": true, "¶": true, "§": true, "🔗": true}

// selfAnchorStart returns where the link to the heading n's own anchor
// starts in src, when the heading ends with one ("### Reliability
// [#](#reliability)", as notes saved from a Jekyll or Hugo page keep it),
// else everything: the mark is the page's, and the front asks "Reliability"
// without it.
func selfAnchorStart(n *ast.Heading, src []byte) int {
	l, ok := n.LastChild().(*ast.Link)
	if !ok || len(l.Destination) < 2 || l.Destination[0] != '#' || n.FirstChild() == l {
		return everything
	}
	if upLink(l, src) {
		// "### General Questions [⬆](#top)": the link back up is the page's.
		return linkStart(l, src)
	}
	t, ok := l.FirstChild().(*ast.Text)
	if !ok || t.NextSibling() != nil || !anchorMarks[strings.TrimSpace(string(t.Segment.Value(src)))] {
		return everything
	}
	start := t.Segment.Start - 1 // the "[" before the link's text
	if start < 0 || src[start] != '[' {
		return everything
	}
	return start
}

// upMarks are the texts, arrows and brackets trimmed, of a link a heading
// carries back up to its page's top or contents, lower case: "[⬆](#top)",
// "[[⬆]](#toc)", "[↑ Back to top](#top)".
var upMarks = map[string]bool{"": true, "top": true, "back to top": true, "to top": true, "go to top": true,
	"back to contents": true, "toc": true}

// upLink reports whether l is a link to an anchor of its page whose text
// is an arrow up or says "back to top" (upMarks).
func upLink(l *ast.Link, src []byte) bool {
	if len(l.Destination) < 2 || l.Destination[0] != '#' {
		return false
	}
	var sb strings.Builder
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return false
		}
		sb.Write(t.Segment.Value(src))
	}
	t := sb.String()
	if !strings.ContainsAny(t, "⬆↑⇧🔝") && !strings.Contains(strings.ToLower(t), "top") {
		return false
	}
	return upMarks[strings.ToLower(strings.Trim(t, "[]⬆↑⇧🔝\ufe0f "))]
}

// linkStart returns where l starts in src: the "[" before its text, or
// the "[[" of "[[⬆]](#toc)", else everything.
func linkStart(l *ast.Link, src []byte) int {
	t, ok := l.FirstChild().(*ast.Text)
	if !ok {
		return everything
	}
	start := t.Segment.Start - 1
	for start > 0 && src[start] == '[' && src[start-1] == '[' {
		start--
	}
	if start < 0 || src[start] != '[' {
		return everything
	}
	return start
}

// upLinkEnd returns where the text of the heading n starts past a link
// back up it opens with, "## [[⬆]](#toc) General Questions", else 0.
func (p *parsed) upLinkEnd(n *ast.Heading) int {
	l, ok := n.FirstChild().(*ast.Link)
	if !ok || l.NextSibling() == nil || !upLink(l, p.src) {
		return 0
	}
	return p.startOf(l.NextSibling())
}
