package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// cardBlock makes the card of a Logseq "#card" block whose own text goes
// on below its first line, as Logseq shows the card: the whole block asks,
// what is nested under it answers. "- What does the following command
// print? #card" over the lines of "```python >>> print(*[1], *[2], 3)```"
// and a nested bullet of the output, read as an outline, asked the first
// line alone and put the question's code on the back before the answer's:
// nothing left to answer from. A block of several lines with nothing nested
// under it ("The fundamental theorem for finitely-generated abelian
// groups." over "(i) G = F ⊕ T …" and "(iii) … #card") asks its first line,
// and its other lines answer; read as an outline it made no card. The tags
// that mark the block tag the card. It reports whether item it was such a
// block.
func (b *builder) cardBlock(it, head ast.Node, rest []ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	m := markedLine(p, ls)
	if m < 0 {
		return false
	}
	k := firstList(rest)
	switch {
	case k >= 0 && k < len(rest) && !emptyList(rest[k]) && (k > 0 || m < len(ls)-1):
		front, tags := cardBlockFront(p, head, ls, m)
		front += p.blocksHTML(rest[:k])
		if b.add(front, p.blocksHTML(rest[k:]), Basic, p.lineOf(head), sc) {
			b.cover(append([]ast.Node{it}, rest[:k]...)...)
			b.tagLast(sc, tags)
		}
		if under, ok := p.labelledAnswerList(rest[k]); ok && k == len(rest)-1 {
			b.blocks(under, sc.with(contextText(front))) // "- Sol: use TODO" answers, and is no term
		} else {
			b.blocks(rest[k:], sc.with(contextText(front)))
		}
		return true
	case k == 0 && len(ls) == 1 && len(rest) == 1 && !emptyList(rest[0]) && statesCard(p.plain(head, 0, everything)):
		// "- If two representable functors are isomorphic, then their
		// objects are isomorphic. #card" over its proof: Logseq asks the
		// statement; read as an outline, a sentence over a list is no card.
		front, tags := cardBlockFront(p, head, ls, m)
		if b.add(front, p.blocksHTML(rest), Basic, p.lineOf(head), sc) {
			b.cover(it)
			b.tagLast(sc, tags)
		}
		b.blocks(rest, sc.with(contextText(front)))
		return true
	case k <= 0 && len(ls) > 1 && m == len(ls)-1 && allEmptyLists(rest) && !b.clozeAny(head):
		back, tags := trailingTags(p.html(head, ls[1][0], everything))
		if b.add(p.html(head, ls[0][0], ls[0][1]), back, Basic, p.lineOf(head), sc) {
			b.cover(it)
			b.tagLast(sc, tags)
		}
		return true
	}
	return false
}

// statesCard reports whether t, the text of a one-line "#card" block, is a
// statement ending in a full stop before the tags that end it: a question or a term
// over its answer is read as any question or term is.
func statesCard(t string) bool {
	t = strings.TrimSpace(t)
	for {
		i := strings.LastIndexByte(t, ' ')
		if i < 0 || !strings.HasPrefix(t[i+1:], "#") {
			return strings.HasSuffix(t, ".")
		}
		t = strings.TrimSpace(t[:i]) // "… isomorphic. #math #card"
	}
}

// cardBlockFront returns the front of a "#card" block of lines ls whose
// line m holds the marker, without the tags that end that line, and the
// tags: "What will the following print? #card" over the image it asks
// about keeps the image.
func cardBlockFront(p *parsed, head ast.Node, ls [][2]int, m int) (string, []string) {
	front, tags := trailingTags(p.html(head, ls[0][0], ls[m][1]))
	if m+1 < len(ls) {
		front += "<br>" + p.html(head, ls[m+1][0], everything)
	}
	return front, tags
}

// tagLast gives the card made last the tags the student wrote on its
// block ("#DevOps #card" tags it DevOps), beside those of its place.
func (b *builder) tagLast(sc scope, tags []string) {
	if len(tags) > 0 && len(b.cards) > 0 {
		b.cards[len(b.cards)-1].Tags = b.cardTags(sc, tags)
	}
}

// markedLine returns the index of the first of lines ls that ends with a
// card's marker, "#card", or -1.
func markedLine(p *parsed, ls [][2]int) int {
	for i, r := range ls {
		if markedCard(bytes.TrimRight(p.src[r[0]:r[1]], "\r\n")) {
			return i
		}
	}
	return -1
}

// firstList returns the index of the first list among blocks, the bullets
// nested under an outline's block, or -1.
func firstList(blocks []ast.Node) int {
	for i, n := range blocks {
		if _, ok := n.(*ast.List); ok {
			return i
		}
	}
	return -1
}

// allEmptyLists reports whether blocks are lists of empty bullets alone,
// as Logseq leaves an empty child "-" under a block.
func allEmptyLists(blocks []ast.Node) bool {
	for _, n := range blocks {
		if _, ok := n.(*ast.List); !ok || !emptyList(n) {
			return false
		}
	}
	return true
}

// emptyList reports whether list l has no item with any content, "-"
// alone.
func emptyList(l ast.Node) bool {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if it.FirstChild() != nil {
			return false
		}
	}
	return true
}

// emptyChildBullets blanks the empty bullet Logseq leaves under a block,
// "-" alone one level deeper than the block's text, with nothing under it:
//
//	"- The fundamental theorem …"    → unchanged
//	"  (iii) … the same torsion coefficients. #card" → unchanged
//	"\t-"                            → ""
//
// Markdown reads a "-" alone under a paragraph as the underline of a
// heading: the block became a heading inside its bullet, and made no card.
// The bullet holds nothing, so an empty line says as much. A "-" with
// lines under it is emptyBullets'; a "-" beside the bullet above stays a
// bullet of its own. Every line stays where it was; src is returned when
// no line is such a bullet.
func emptyChildBullets(src []byte) []byte {
	end := bytes.TrimRight(src, " \t\r\n")
	if !containsText(src, "\t-\n") && !containsText(src, " -\n") && !containsText(src, "-\r\n") &&
		!bytes.HasSuffix(end, []byte("\t-")) && !bytes.HasSuffix(end, []byte(" -")) {
		return src // the quick test: most notes have no indented "-" alone on a line
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	content := -1 // the column of the text of the last bullet
	for i, l := range lines {
		if code[i] {
			continue
		}
		if isBulletLine(l) {
			content = indentCols(l) + 2
			continue
		}
		if i == 0 || content < 0 || string(bytes.TrimSpace(l)) != "-" || isBlank(lines[i-1]) || code[i-1] {
			continue
		}
		at := indentCols(l)
		if at < content || i+1 < len(lines) && !isBlank(lines[i+1]) && indentCols(lines[i+1]) > at {
			continue
		}
		lines[i] = bytes.TrimLeft(l[len(bytes.TrimRight(l, " \t\r\n")):], " \t")
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// cardList reports whether n is a list whose every item is a block marked
// as a card, "- 最小執行鏈是什麼？ #DevOps #card" over its answer: each is
// a card already, and the card of the heading above them, "## Flashcards",
// would only repeat them all.
func (p *parsed) cardList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || l.FirstChild() == nil {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		h := itemHead(it)
		if h == nil || markedLine(p, p.lines(h)) < 0 || onlyHashtags(strings.TrimSpace(p.plain(h, 0, everything))) {
			return false
		}
	}
	return true
}

// cardsParent reads a bullet over a list of "#card" blocks alone as the
// heading it stands for, as Logseq's "- ## Unpacking" over its flashcards:
// the cards below take its name as their context, and it makes no card of
// its own, which would repeat them all (see cardList). It reports whether
// item it was such a bullet.
func (b *builder) cardsParent(it, head ast.Node, rest []ast.Node, sc scope) bool {
	p := b.p
	if len(rest) != 1 || !p.cardList(rest[0]) || markedLine(p, p.lines(head)) >= 0 {
		return false
	}
	_, name := leadFront(dropTermStop(p.html(head, 0, everything)), sc)
	b.cover(head)
	b.blocks(rest, sc.with(name))
	return true
}

// outlinerProperties drops from the paragraphs of a Logseq page the
// properties the student gave a page or a block, which Logseq shows as a
// block's fields, never as its text: "reference:: 3.14" and "alias::
// cauchy" opening a page, "- reference:: 3.15" under a theorem,
// "date-created:: [[2024-Q4]]". logseqProperties drops Logseq's own keys
// everywhere; a key of the student's, in a note that is no Logseq page, may
// be a card ("Osmosis:: water crossing a membrane"), so it goes only from a
// Logseq page, and only lower case, as Logseq writes a key. The drawers
// Logseq keeps a block's clock in, ":LOGBOOK:" over "CLOCK: [2023-02-15 Wed
// 21:30:33]…" and ":END:", go from every note.
type outlinerProperties struct{}

// pageKey keeps in a parse's parser.Context whether its note is a Logseq
// page (see logseqPage).
var pageKey = parser.NewContextKey()

// Transform removes the property and drawer lines of node, or node itself.
func (outlinerProperties) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	props, drawers := false, false
	lines := node.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := seg.Value(src)
		props = props || bytes.Contains(line, []byte(":: "))
		drawers = drawers || isDrawerLine(line)
	}
	if !props && !drawers {
		return // the quick test: most paragraphs have neither
	}
	page := false
	if props {
		var ok bool
		if page, ok = pc.Get(pageKey).(bool); !ok {
			page = logseqPage(src)
			pc.Set(pageKey, page)
		}
	}
	dropLines(node, src, func(line []byte) bool {
		return isDrawerLine(line) || page && isOwnProperty(line)
	})
}

// logseqPage reports whether src is a Logseq page: an outline of "- "
// bullets with one of Logseq's own properties ("collapsed:: true", "id::
// 64a…", "alias:: cauchy") on a line.
func logseqPage(src []byte) bool {
	bullets, props := false, false
	for len(src) > 0 && !(bullets && props) {
		line := src
		if k := bytes.IndexByte(src, '\n'); k >= 0 {
			line, src = src[:k], src[k+1:]
		} else {
			src = nil
		}
		t := bytes.TrimLeft(line, " \t")
		bullets = bullets || bytes.HasPrefix(t, []byte("- "))
		props = props || bytes.Contains(t, []byte(":: ")) && isLogseqProperty(bytes.TrimPrefix(t, []byte("- ")))
	}
	return bullets && props
}

// isOwnProperty reports whether line is a property with a key of the
// student's, as Logseq writes one: "date-created:: [[2024-Q4]]", a key of
// lower-case letters, digits and hyphens, and a value.
func isOwnProperty(line []byte) bool {
	t := bytes.TrimSpace(line)
	k := bytes.Index(t, []byte(":: "))
	if k < 1 || k > 32 || len(bytes.TrimSpace(t[k+3:])) == 0 || t[0] < 'a' || t[0] > 'z' {
		return false
	}
	for _, c := range t[:k] {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// isDrawerLine reports whether line opens, holds or ends a drawer as
// Logseq and org-mode keep them: ":LOGBOOK:", "CLOCK: [2023-02-15 Wed
// 21:30:33]--[…] =>  00:00:01", ":END:".
func isDrawerLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	switch {
	case len(t) < 5:
		return false
	case t[0] == ':':
		s := string(t)
		return s == ":LOGBOOK:" || s == ":END:" || s == ":PROPERTIES:"
	}
	return bytes.HasPrefix(t, []byte("CLOCK: ["))
}

// leadingTag takes the "#" off a tag that opens a front, as Foam,
// Obsidian, Logseq and Roam notes tag a term where they write it:
// "#Interpreters -> execute directly source code" asks "Interpreters",
// "#Node-conventions?" asks "Node-conventions?". The "#" marks a link in
// the app and shows nothing a student would write on a card. A directive
// of C's preprocessor ("#include", "#define") is no tag and keeps it, and
// a card's marker ("#card") is cutTags' to read. Nor is a colour in hex,
// "- #ff0000: red", which the student asks with its "#", as obsidianTag
// reads it.
func leadingTag(front string) string {
	if len(front) < 2 || front[0] != '#' {
		return front
	}
	end := 1
	letter := false
	for end < len(front) {
		r, n := utf8.DecodeRuneInString(front[end:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '/') {
			break
		}
		letter = letter || unicode.IsLetter(r)
		end += n
	}
	if !letter || end < len(front) && front[end] != ' ' && front[end] != '?' && front[end] != ':' {
		return front
	}
	if cDirectives[front[1:end]] || cardMarkers[strings.ToLower(front[1:end])] || isHexColour(front[1:end]) {
		return front // "#card" alone is a marker: cutTags leaves it be
	}
	return front[1:]
}

// cDirectives are the directives of C's preprocessor, "#include <stdio.h>".
var cDirectives = map[string]bool{
	"include": true, "define": true, "undef": true, "if": true, "ifdef": true, "ifndef": true, "else": true,
	"elif": true, "endif": true, "pragma": true, "error": true, "line": true, "import": true,
}

// loneBlockItem returns back without the list around it when the list is
// one bullet that holds a code block or a table alone, as Logseq writes
// an answer of code: "- ```bash" and its lines nested under "Bind
// specific container to another" answer with the code, not with a list of
// one bullet around it. back is returned as it is otherwise.
func loneBlockItem(back string) string {
	inner, ok := strings.CutPrefix(back, "<ul><li>")
	if !ok {
		return back // the quick test: most backs are no list
	}
	if inner, ok = strings.CutSuffix(inner, "</li></ul>"); !ok || strings.Contains(inner, "<li>") {
		return back
	}
	for _, b := range [][2]string{{"<pre>", "</pre>"}, {"<table>", "</table>"}} {
		if strings.HasPrefix(inner, b[0]) && strings.HasSuffix(inner, b[1]) && strings.Count(inner, b[0]) == 1 {
			return inner
		}
	}
	return back
}

// bareBlocks writes as bullets the blocks of an outline whose own marker
// is missing but whose children are nested under them by a tab, as Logseq
// writes the first block of a page: "### SQL vs NoSQL (HLD Perspective)"
// over "collapsed:: true" and "\t- ## Why This Topic Exists", "\t\t- In
// HLD, the question is not…". Read as Markdown, the nested lines go on
// the paragraph above them (or are code under a heading): the whole page
// was one card whose answer flattened every level, "##" and all. A
// question over its points does the same, "What is the difference
// between references and pointers?" over "\t- A reference can never be
// null". Written "- ### SQL vs NoSQL" and "  collapsed:: true", the block
// is the bullet it is in the outliner, and its children nest under it. A
// block is read so when a blank line or the note's start is above it and
// its first child, after its properties, is a bullet a tab in. src is
// returned when no block is bare.
func bareBlocks(src []byte) []byte {
	if !containsText(src, "\n\t- ") && !containsText(src, "\n\t* ") && !containsText(src, "\n\t+ ") {
		return src // the quick test: no bullet a tab in
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i := 0; i < len(lines); i++ {
		if code[i] || !bareHead(lines[i]) || i > 0 && !isBlank(lines[i-1]) {
			continue
		}
		j := i + 1
		for j < len(lines) && !code[j] && blockProperty(lines[j]) {
			j++
		}
		if j == len(lines) || code[j] || !tabBullet(lines[j]) {
			continue
		}
		lines[i] = append([]byte("- "), lines[i]...)
		for k := i + 1; k < j; k++ {
			lines[k] = append([]byte("  "), lines[k]...)
		}
		changed = true
		i = j
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// tabBullet reports whether line is a bullet a tab in, its marker "-",
// "*" or "+": "\t* A reference can never be null" nests as "\t- " does.
func tabBullet(line []byte) bool {
	return len(line) > 3 && line[0] == '\t' && (line[1] == '-' || line[1] == '*' || line[1] == '+') && line[2] == ' '
}

// bareHead reports whether line may head a block of an outline written
// without its marker: text at the line's start that opens no list, code,
// table, quote, HTML or property of its own.
func bareHead(line []byte) bool {
	if isBlank(line) || line[0] == ' ' || line[0] == '\t' || bulletAt(line) || blockProperty(line) {
		return false
	}
	switch line[0] {
	case '`', '~', '|', '>', '<', '$':
		return false
	}
	return true
}

// blockProperty reports whether line is one of the "key:: value" lines of
// an outliner's block ("collapsed:: true", "type:: [[Article]]"), at the
// line's start, with a key of letters, digits, "-" and "_".
func blockProperty(line []byte) bool {
	i := bytes.Index(line, []byte("::"))
	if i <= 0 || i > 40 || i+2 < len(line) && line[i+2] != ' ' && line[i+2] != '\n' {
		return false
	}
	for k, c := range line[:i] {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (k == 0 || c != '-' && c != '_' && (c < '0' || c > '9')) {
			return false
		}
	}
	return true
}

// taskMarkers cuts the state of a task that opens a bullet in an outliner,
// Logseq's "TODO", "DOING", "DONE", "LATER", "WAITING" or "CANCELED" and
// the priority after it ("[#A]"), and Roam's "{{[[TODO]]}}" and
// "{{[[DONE]]}}": the page shows it as a checkbox, no part of the text.
// "- TODO Krebs cycle steps" over its steps asked "TODO Krebs cycle
// steps", and Roam's "{{[[TODO]]}} read chapter 4" was read as a cloze of
// "TODO". "NOW" is left: an acronym as often as a state ("NOW founded
// 1966"). A Roam state alone on its bullet, an empty checkbox, is left
// showing nothing (emptyTask): it made the cloze card "{{c1::TODO}}".
// Fenced code is left as it is; src is returned when no bullet opens
// with a state.
func taskMarkers(src []byte) []byte {
	if !containsText(src, "TODO") && !containsText(src, "DOING ") && !containsText(src, "DONE") &&
		!containsText(src, "LATER ") && !containsText(src, "WAITING ") && !containsText(src, "CANCEL") {
		return src // the quick test: most notes hold no task
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i, l := range lines {
		ws := len(l) - len(bytes.TrimLeft(l, " \t"))
		if code[i] || !bulletAt(l[ws:]) {
			continue
		}
		at := ws + markerLen(l[ws:])
		for at < len(l) && l[at] == ' ' {
			at++
		}
		n := taskMarkerLen(l[at:])
		switch {
		case n > 0:
			lines[i] = append(append([]byte{}, l[:at]...), l[at+n:]...)
		case roamTaskAlone(l[at:]):
			lines[i] = emptyTask(lines, i, at)
		default:
			continue
		}
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// taskStates are the states a task of Logseq or Roam opens with.
var taskStates = [][]byte{[]byte("{{[[TODO]]}}"), []byte("{{[[DONE]]}}"), []byte("TODO"), []byte("DOING"),
	[]byte("DONE"), []byte("LATER"), []byte("WAITING"), []byte("CANCELED"), []byte("CANCELLED")}

// emptyTask returns line i of lines, a bullet holding only a Roam task
// state from its offset at on, as a line that answers nothing: the state
// is an empty checkbox. Beside a bullet or a blank line the bullet is
// left empty, which no list shows. Under its parent's text a lone "-"
// would underline that text as a heading: an HTML comment, which shows
// nothing, takes its place. Under a sibling's text a space that shows
// nothing keeps it the bullet it is, as a comment would end the list.
func emptyTask(lines [][]byte, i, at int) []byte {
	l := lines[i]
	switch {
	case i == 0 || isBlank(lines[i-1]) || bulletAt(bytes.TrimLeft(lines[i-1], " \t")) && indentCols(lines[i-1]) >= indentCols(l):
		return append(append([]byte{}, l[:at]...), '\n')
	case indentCols(lines[i-1]) < indentCols(l):
		ws := len(l) - len(bytes.TrimLeft(l, " \t"))
		return append(append([]byte{}, l[:ws]...), "<!-- -->\n"...)
	}
	return append(append([]byte{}, l[:at]...), "&nbsp;\n"...)
}

// roamTaskAlone reports whether s, the text of a bullet, is a Roam task
// state and nothing else: "{{[[TODO]]}}", "{{[[DONE]]}}".
func roamTaskAlone(s []byte) bool {
	s = bytes.TrimSpace(s)
	return bytes.Equal(s, taskStates[0]) || bytes.Equal(s, taskStates[1])
}

// taskMarkerLen returns the length of the task state that s, the text of
// a bullet, opens with, the space and the priority after it ("[#A] ")
// included; 0 when s opens with none or the state is all its text.
func taskMarkerLen(s []byte) int {
	for _, st := range taskStates {
		if !bytes.HasPrefix(s, st) || len(s) == len(st) || s[len(st)] != ' ' {
			continue
		}
		n := len(st)
		for n < len(s) && s[n] == ' ' {
			n++
		}
		if len(s) >= n+5 && s[n] == '[' && s[n+1] == '#' && s[n+3] == ']' && s[n+4] == ' ' {
			n += 5
		}
		if isBlank(s[n:]) {
			return 0
		}
		return n
	}
	return 0
}

// srDelimiters rewrites the separators an Obsidian vault sets its
// spaced-repetition plugin to, where Markdown's own characters would be
// read: "creation ::@:: curly brackets" is a card as "creation :: curly
// brackets" is, and "use {@{curly brackets `{}`}@} to create one" hides
// what the braces hold. Each "{@{…}@}" of a paragraph is a card of its own
// in the plugin: they are numbered in turn as Anki's clozes ("{{c1::…}}",
// "{{c2::…}}"), the count starting again after a blank line. Left alone,
// "@:: curly brackets" answered and "{@{" and "}@}" showed on every card.
// Fenced code is left as it is; src is returned when it holds neither.
func srDelimiters(src []byte) []byte {
	if !containsText(src, "::@::") && !containsText(src, "{@{") {
		return src // the quick test: most notes use neither
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	n := 0 // the clozes of the paragraph so far
	for i, l := range lines {
		if code[i] || isBlank(l) {
			n = 0
			continue
		}
		l = bytes.ReplaceAll(l, []byte("::@::"), []byte("::"))
		if !bytes.Contains(l, []byte("{@{")) {
			lines[i] = l
			continue
		}
		var out []byte
		at := 0 // the first byte of l not yet copied to out
		for {
			open := bytes.Index(l[at:], []byte("{@{"))
			if open < 0 {
				break
			}
			open += at
			end := bytes.Index(l[open+3:], []byte("}@}"))
			if end < 0 {
				break // never closed on its line: left as written
			}
			n++
			out = append(out, l[at:open]...)
			out = append(out, "{{c"+strconv.Itoa(n)+"::"...)
			out = append(out, l[open+3:open+3+end]...)
			out = append(out, "}}"...)
			at = open + 3 + end + 3
		}
		l = append(out, l[at:]...)
		lines[i] = l
	}
	return bytes.Join(lines, nil)
}
