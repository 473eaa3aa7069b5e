package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// opensWithBoldLine reports whether block next opens with a line that is a
// bold label alone, as the label above it is: "**Company Resources**" (a
// hard break, nothing after) then "**Product Variability**" over "Affects
// the economies of scale …". The first label has no body; the paragraph
// under it is the next label's.
func (b *builder) opensWithBoldLine(next ast.Node) bool {
	par, ok := next.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) == 0 {
		return false
	}
	_, ok = b.boldLine(par, ls[0])
	return ok
}

// labelOverLine makes the card of a bold label alone on its line over one
// line of text and a list, all of the label's part of its section:
// "***Observational Learning***" over "Also called Social Learning Theory"
// and "1. Attention 2. Retention". The label asks for the line and the
// list; the line is the label's first fact, and a front of its own ("Also
// called Social Learning Theory" → the list) would ask nothing. The part
// ends where the next bold label, a rule or the section does. It returns
// the index of the line, or i when nodes[i] is no such label; the list
// goes on to make the cards of its own items. A line that is only a label,
// "Types:", leads in the list instead (see termBlock).
func (b *builder) labelOverLine(nodes []ast.Node, i int, sc scope) int {
	if i+2 >= len(nodes) {
		return i
	}
	line, ok := nodes[i+1].(*ast.Paragraph)
	l, isList := nodes[i+2].(*ast.List)
	if !ok || !isList || isTaskList(l) || len(b.p.lines(line)) != 1 || b.opensWithBoldLine(line) || b.p.bareLabelBlock(line) {
		return i
	}
	if i+3 < len(nodes) && !isRule(nodes[i+3]) && !b.opensWithBoldLine(nodes[i+3]) {
		return i
	}
	ls := b.p.lines(nodes[i])
	if len(ls) != 1 || isQuestion(strings.TrimSpace(b.p.plain(line, 0, everything))) {
		return i
	}
	front, ok := b.boldLine(nodes[i], ls[0])
	if !ok {
		return i
	}
	front, key := b.ownLabel(front, sc)
	if b.add(front, b.p.blocksHTML([]ast.Node{line, l}), Basic, b.p.lineOf(nodes[i]), sc) {
		if key != "" {
			b.cards[len(b.cards)-1].Key = key
		}
		b.cover(nodes[i], line, l)
	}
	return i + 1
}

// boldSubheads reports whether a heading's body is parted by bold lines
// alone used as its subheadings, as notes copied from a course write them:
// "## Compute" over "**Virtual machines**" and its points, then
// "**Containers**" and theirs. The body opens with such a line, and two or
// more each head a block of their own. The heading's card would answer the
// whole section, which the bold lines' cards already ask part by part. A
// label ("**Causes:**" over a case study's causes) or a statement's kind
// ("**Theorem 5.**") is a part of the heading's topic: its card stays.
func (b *builder) boldSubheads(body []ast.Node) bool {
	heads := 0
	for i, n := range body {
		par, ok := n.(*ast.Paragraph)
		if !ok {
			if i == 0 {
				return false
			}
			continue
		}
		ls := b.p.lines(par)
		if len(ls) == 0 {
			continue
		}
		first := bytes.TrimSpace(b.p.src[ls[0][0]:ls[0][1]])
		if len(first) == 0 || !strings.ContainsRune("*_<", rune(first[0])) {
			if i == 0 {
				return false
			}
			continue // no bold or styled line: boldLine need not look
		}
		if _, bold := b.boldLine(par, ls[0]); !bold {
			if i == 0 {
				return false
			}
			continue
		}
		if !subheadText(b.p.plain(par, ls[0][0], ls[0][1])) {
			return false // "**Causes:**", "**Situation:**", "**Theorem 5.**": parts of the heading's topic
		}
		if len(ls) == 1 && (i+1 == len(body) || b.opensWithBoldLine(body[i+1])) {
			return false // a label over nothing, or over the next label
		}
		heads++
	}
	return heads >= 2
}

// subheadText reports whether t, a bold line's text, reads as a title, not
// a label that ends in a colon or a statement's kind or number ("Theorem",
// "Def.").
func subheadText(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ".") {
		return false
	}
	_, head := isStatementHead(t)
	return !head
}

// labelBullets rewrites a bullet that is a label alone, its text ending in
// a colon, or a question ("- [x] When is an IIFE necessary?", its check
// box left off), over a paragraph typed without the item's indent, as the
// bold label line it means: "* la conscience spontanée:", a blank line, then
// "C'est la faculté psychologique …" at the margin. Markdown ends the list
// at the paragraph, so the bullet would be a list of one label and the
// paragraph prose of the section; as "**la conscience spontanée:**" the
// label asks for its paragraph, as a bold label line does; a question
// bullet becomes its question's line, which asks for it too. The bullet
// must stand alone: a blank line or nothing before it, no list item or
// indented line above that, and a blank line then the paragraph under it.
// A bullet over another bullet, an indented text or a heading stays.
func labelBullets(src []byte) []byte {
	if !hasLabelBullet(src) {
		return src // the quick test: no bullet at the margin ends in a colon over a blank line
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i := 0; i+2 < len(lines); i++ {
		if code[i] || code[i+2] || !isBlank(lines[i+1]) || !aloneAbove(lines, i) {
			continue
		}
		prose := marginParagraph(lines[i+2])
		if !prose && !opensNumberedList(lines[i+2]) {
			continue
		}
		if label, ok := labelBulletText(lines[i]); ok && bytes.HasSuffix(label, []byte("?")) {
			lines[i] = append(label, '\n') // a question line asks for the paragraph or steps under it
			changed = true
		} else if ok && prose {
			lines[i] = append(append([]byte("**"), label...), "**\n"...)
			changed = true
		}
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// hasLabelBullet reports whether a line of src that ends in a colon or a
// question mark over a blank line opens with a bullet at the margin, "* la conscience
// spontanée:": the quick test of labelBullets, which splits the note into
// lines only then. A line's end is tested before its start is looked for.
func hasLabelBullet(src []byte) bool {
	for from := 0; from < len(src); {
		k := bytes.Index(src[from:], []byte("\n\n"))
		if k < 0 {
			return false
		}
		end := from + k
		from = end + 2
		t := bytes.TrimRight(src[:end], " ")
		if !bytes.HasSuffix(t, []byte(":")) && !bytes.HasSuffix(t, []byte("：")) && !bytes.HasSuffix(t, []byte("?")) {
			continue
		}
		if t = t[bytes.LastIndexByte(t, '\n')+1:]; len(t) > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
			return true
		}
	}
	return false
}

// labelBulletText returns the text of line, a bullet at the margin that is
// a label alone ("* la conscience spontanée:") or a question, without its
// marker, check box and trailing spaces, and whether line is one. The label
// is short, ends in a colon or a question mark and holds no markup that a
// bold pair would break.
func labelBulletText(line []byte) ([]byte, bool) {
	if len(line) < 4 || line[0] != '-' && line[0] != '*' && line[0] != '+' || line[1] != ' ' {
		return nil, false
	}
	t := bytes.TrimSpace(line[2:])
	if bytes.HasSuffix(t, []byte("?")) {
		// "- [x] When is using an IIFE necessary?" over its answer: a
		// question, ticked off or not, asks for the paragraph under it.
		for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
			t = bytes.TrimPrefix(t, []byte(box))
		}
		if len(t) > maxLabelBullet || bytes.ContainsAny(t, "*_[]<>|$") {
			return nil, false // a code span stays: the question line is no bold pair
		}
		return t, true
	}
	if !bytes.HasSuffix(t, []byte(":")) && !bytes.HasSuffix(t, []byte("：")) || len(t) > maxLabelBullet ||
		bytes.ContainsAny(t, "*_`[]<>|$") || len(bytes.TrimRight(t, ":： ")) == 0 {
		return nil, false
	}
	return t, true
}

// opensNumberedList reports whether line opens a numbered list at the
// margin, "1. Creates a new object.": the steps that answer a question
// bullet alone above them, as they answer a question line.
func opensNumberedList(line []byte) bool {
	return len(line) > 3 && line[0] == '1' && (line[1] == '.' || line[1] == ')') && isBulletLine(line)
}

// maxLabelBullet is the longest label labelBulletText reads, in bytes: a
// longer line ending in a colon leads in what follows as a sentence does.
const maxLabelBullet = 80

// aloneAbove reports whether line i of lines opens its own block: the
// first line, one right under a heading, or one under a blank line whose
// text above is neither indented nor an item of the same kind, so that the
// bullet is no item of a longer list. A bullet under a numbered list's
// last step opens a list of its own, as Markdown reads it.
func aloneAbove(lines [][]byte, i int) bool {
	if i == 0 || bytes.HasPrefix(lines[i-1], []byte("#")) {
		return true // a heading right above opens a block too
	}
	if !isBlank(lines[i-1]) {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		if !isBlank(lines[j]) {
			return indentCols(lines[j]) == 0 && (!isBulletLine(lines[j]) || otherMarker(lines[j], lines[i]))
		}
	}
	return true
}

// otherMarker reports whether list item above is numbered ("2. Returns
// the object.") and item, a bullet, is not: Markdown ends the numbered
// list before the bullet.
func otherMarker(above, item []byte) bool {
	return above[0] >= '0' && above[0] <= '9' && !(item[0] >= '0' && item[0] <= '9')
}

// marginParagraph reports whether line opens a paragraph at the margin:
// text that is no list item, heading, quote, table, fence, HTML or
// formula; a code span may open it.
func marginParagraph(line []byte) bool {
	if isBlank(line) || indentCols(line) > 0 || isBulletLine(line) {
		return false
	}
	if line[0] == '`' {
		// "`Closure` allows …" opens with a code span; a fence, or a
		// command alone on its line, is no paragraph of prose.
		k := bytes.IndexByte(line[1:], '`')
		return k > 0 && bytes.ContainsFunc(line[k+2:], unicode.IsLetter)
	}
	return !bytes.ContainsAny(line[:1], "#>|<$~=")
}
