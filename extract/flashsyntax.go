package extract

import (
	"bytes"
	"cmp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Syntaxes of other flashcard tools that students bring with their notes
// when they switch: RemNote's arrows and the Obsidian Flashcards plugin's
// reversed tag.

// arrowCard returns the sides of the card of line r of block n when it is
// written as RemNote writes one: "Mitochondria >> powerhouse of the cell"
// asks the left side, "adenosine triphosphate << ATP" asks the right one,
// and "uno <> one" asks both ways. A comparison or a shift, "n >> 1",
// "Ka >> Kb", "1 << 3", is no card; nor is an arrow in code or a formula,
// which the view leaves out.
func (p *parsed) arrowCard(n ast.Node, r [2]int) (front, back string, kind Kind, ok bool) {
	line := p.src[r[0]:r[1]]
	if !bytes.Contains(line, []byte(">>")) && !bytes.Contains(line, []byte("<<")) && !bytes.Contains(line, []byte("<>")) {
		return "", "", 0, false // the quick test: most lines have no arrow
	}
	v := p.lineView(n, r[0], r[1])
	t := string(v.text)
	i, arrow := remArrow(t)
	if i < 0 || clozeOpen().MatchString(t) {
		return "", "", 0, false
	}
	left, right := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+2:])
	if comparedWord(left[strings.LastIndexAny(left, " \x00")+1:]) || comparedWord(leadWord(right)) {
		return "", "", 0, false
	}
	if strings.Contains(left, " = ") || strings.Contains(left, ": ") {
		return "", "", 0, false // "Height bar = size of a group <> bar graph": the arrow is the definition's "≠"
	}
	lo, hi := v.srcOff(i), p.afterOff(v, i+1)
	if lo < 0 || hi < 0 {
		return "", "", 0, false
	}
	front, back = p.html(n, r[0], lo), p.html(n, hi, r[1])
	if stripTags(front) == "" || stripTags(back) == "" {
		return "", "", 0, false
	}
	switch arrow {
	case "<<":
		return back, front, Basic, true
	case "<>":
		return front, back, Reversed, true
	}
	return front, back, Basic, true
}

// remArrow returns where the one RemNote arrow of t is, ">>", "<<" or
// "<>" with a space on each side, and the arrow, or -1: a line with two
// arrows, or a longer run ("<<<", "a >>> b"), is none, and so is a "<<"
// that a later ">>" closes, French quotation marks typed without their
// keys ("le verbe auxiliaire << être >>").
func remArrow(t string) (int, string) {
	if k := strings.Index(t, "<<"); k >= 0 && strings.Contains(t[k+2:], ">>") {
		return -1, ""
	}
	at, arrow := -1, ""
	for _, a := range [...]string{">>", "<<", "<>"} {
		for off := 0; ; {
			k := strings.Index(t[off:], a)
			if k < 0 {
				break
			}
			k += off
			off = k + 2
			if k == 0 || t[k-1] != ' ' || k+2 >= len(t) || t[k+2] != ' ' {
				continue
			}
			if at >= 0 {
				return -1, "" // "A >> B >> C": a chain, not one card
			}
			at, arrow = k, a
		}
	}
	return at, arrow
}

// leadWord returns the first word of s, up to a space or a gap in the view.
func leadWord(s string) string {
	if k := strings.IndexAny(s, " \x00"); k >= 0 {
		return s[:k]
	}
	return s
}

// comparedWord reports whether w, the word beside an arrow, is what a
// comparison or a shift compares rather than a term: a number, a sign or a
// symbol of one or two letters ("n >> 1", "Ka >> Kb", "x << y").
func comparedWord(w string) bool {
	w = strings.Trim(w, "()[],.;")
	if w == "" || utf8.RuneCountInString(w) <= 2 {
		return true
	}
	for _, c := range w {
		if !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-' || c == '+') {
			return false
		}
	}
	return true // "1000 >> 10"
}

// reverseMarker reports whether tag, without its "#", asks its card both
// ways, as the Obsidian Flashcards plugin reads "#card-reverse" and
// "#card/reverse", and whether it is a flashcard marker at all, with
// "#card-spaced" (a card reviewed without a back): none of them names a
// topic.
func reverseMarker(tag string) (reversed, marker bool) {
	t := strings.ToLower(tag)
	if cardMarkers[t] {
		return false, true
	}
	for _, sep := range [...]string{"-", "/", "::"} { // obsidianTag writes "/" as "::"
		base, mode, ok := strings.Cut(t, sep)
		if !ok || !cardMarkers[base] {
			continue
		}
		switch mode {
		case "reverse", "reversed":
			return true, true
		case "spaced":
			return false, true
		}
	}
	return false, false
}

// reversedByTag reports whether front ends with a tag that asks the card
// both ways ("How to rename a branch? #card-reverse").
func reversedByTag(front string) bool {
	if !strings.Contains(front, "reverse") {
		return false // the quick test
	}
	s := front
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return false
		}
		t, ok := obsidianTag(s[i+1:])
		if !ok {
			return false
		}
		if rev, _ := reverseMarker(t); rev {
			return true
		}
		s = strings.TrimRight(s[:i], " ")
	}
}

// cutMultilineArrow cuts the ">>>" that ends a RemNote front whose answer
// is the lines nested under it ("Stages of mitosis >>>"): it only says
// where the answer is. RemNote's export types it against the front's last
// word, "Pascal's Principle>>>"; glued reports that it was so, after a
// word's letter, digit or bracket: "x>>>>" and "a->>>" are no fronts. A
// spaced ">>" with nothing after it, "Stages of mitosis >>" over the
// stages, is cut too: the bullets under it answer, as they do ">>>".
func cutMultilineArrow(front string) (f string, glued bool) {
	for _, arrow := range [...]string{" &gt;&gt;", " >>"} {
		if f, ok := strings.CutSuffix(front, arrow); ok && !strings.HasSuffix(f, ">") && !strings.HasSuffix(f, "&gt;") {
			return strings.TrimRight(f, " "), false
		}
	}
	for _, arrow := range [...]string{"&gt;&gt;&gt;", ">>>"} {
		f, ok := strings.CutSuffix(front, arrow)
		if !ok {
			continue
		}
		if t := strings.TrimRight(f, " "); t != f {
			return t, false
		}
		if last, _ := utf8.DecodeLastRuneInString(f); unicode.IsLetter(last) || unicode.IsDigit(last) || strings.ContainsRune(")]’'", last) {
			return f, true
		}
		return front, false
	}
	return front, false
}

// tabRows makes a card of each line of paragraph n that is a term, a tab
// and its definition, as Quizlet, Brainscape and Anki ("Notes in plain
// text") export a set: "perro<TAB>dog". Every line must be such a row, two
// or more of them, so that a pasted table of more columns, or prose with a
// stray tab, makes none. The header lines of Anki's export
// ("#separator:tab", "#html:true") before the rows say how to read them and
// ask nothing. A learner's word, tab, reading and meaning ("零<TAB>líng -
// zero") asks with its reading. It reports
// whether ls were such rows.
func (b *builder) tabRows(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	if len(ls) < 2 || bytes.IndexByte(p.src[ls[0][0]:ls[len(ls)-1][1]], '\t') < 0 {
		return false // the quick test: no tab at all
	}
	head := 0
	for head < len(ls) && ankiHeader(p.src[ls[head][0]:ls[head][1]]) {
		head++
	}
	rows := ls[head:]
	if len(rows) < 2 {
		return false
	}
	for _, r := range rows {
		line := bytes.TrimRight(p.src[r[0]:r[1]], "\r\n")
		k := bytes.IndexByte(line, '\t')
		if k < 0 || bytes.IndexByte(line[k+1:], '\t') >= 0 || bytes.IndexByte(line, '|') >= 0 ||
			len(bytes.TrimSpace(line[:k])) == 0 || len(bytes.TrimSpace(line[k+1:])) == 0 {
			return false
		}
	}
	if head > 0 {
		b.coverLines(p.line(ls[0][0]), p.line(ls[head-1][0]))
	}
	dashes := p.readingRows(rows)
	html := func(lo, hi int) string { return p.html(n, lo, hi) }
	for i, r := range rows {
		k := r[0] + bytes.IndexByte(p.src[r[0]:r[1]], '\t')
		front, back := html(r[0], k), html(k+1, r[1])
		if dashes != nil { // "零<TAB>líng - zero": the word and its reading ask
			front += " " + html(k+1, dashes[i][0])
			back = html(dashes[i][1], r[1])
		}
		if b.add(front, back, b.defKind(), p.line(r[0]), sc) {
			b.coverLines(p.line(r[0]), p.line(r[0]))
		}
	}
	return true
}

// ankiHeader reports whether line is a header line of Anki's plain-text
// export, "#separator:tab", "#html:true", "#deck column:3".
func ankiHeader(line []byte) bool {
	name, _, ok := bytes.Cut(bytes.TrimSpace(line), []byte(":"))
	if !ok || len(name) < 2 || name[0] != '#' {
		return false
	}
	for _, c := range name[1:] {
		if !(c >= 'a' && c <= 'z' || c == ' ') {
			return false
		}
	}
	return true
}

// bareCloze matches a cloze deletion as RemNote, Mochi and the Spaced
// Repetition plugin write it, without Anki's "c1::": "{{nucleus}}", or
// Mochi's numbered "{{2::nucleus}}". Its text opens and ends with no space
// and holds no brace, "<", "%", "#", "." first or "|", which a template's
// field ("{{ name }}", "{{< hint >}}", "{{#each}}", "{{.data}}") has.
var bareCloze = lazyRegexp(`\{\{(?:([1-9][0-9]?)::)?([^\s{}<>%#.|][^{}<>|]*?[^\s{}<>|]|[^\s{}<>%#.|])\}\}`)

// templateFields are the fields a note template fills in, "{{date}}":
// they hide nothing.
var templateFields = map[string]bool{"date": true, "time": true, "title": true, "content": true}

// bareClozes makes a cloze card of paragraph or item n, lines ls, when
// its clozes are written without Anki's "c1::" ("The {{nucleus}} holds the
// DNA"): each becomes Anki's cloze, all hidden at once as RemNote asks
// them, unless Mochi numbered them. Lines with code or a formula, whose
// braces are their own, are left as they are. It reports whether ls held
// such clozes.
func (b *builder) bareClozes(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	src := p.src[ls[0][0]:ls[len(ls)-1][1]]
	if !containsText(src, "{{") || bytes.ContainsAny(src, "`$") || clozesAlone(src) {
		return false // the quick test, then code and formulas, then a placeholder
	}
	html := p.html(n, ls[0][0], everything)
	found := false
	front := bareCloze().ReplaceAllStringFunc(html, func(m string) string {
		sub := bareCloze().FindStringSubmatch(m)
		if templateFields[strings.ToLower(sub[2])] || !hasWordChar(sub[2]) || strings.Contains(sub[2], "::") {
			// "{{C1::case}}": a cloze Anki would not read, warned of as such
			return m
		}
		found = true
		return "{{c" + cmp.Or(sub[1], "1") + "::" + sub[2] + "}}"
	})
	if !found {
		return false
	}
	extra := strings.Join(sc.context(), " › ")
	if extra == "" {
		extra = b.title
	}
	line := p.line(ls[0][0])
	if b.add(front, escapeText(extra), Cloze, line, sc) {
		b.coverLines(line, p.line(ls[len(ls)-1][1]-1))
	}
	return true
}

// clozesAlone reports whether src holds nothing but braced words: a line
// "{{figure:penicillin-moa}}" is a site's placeholder for a picture, and a
// cloze with no words around it would ask nothing.
func clozesAlone(src []byte) bool {
	return !hasWordChar(bareCloze().ReplaceAllString(string(src), ""))
}

// srScheduled reports whether block n, a paragraph or a list, carries the
// schedule the Spaced Repetition plugin writes under a card it reviews,
// "<!--SR:!2023-12-19,4,290-->", on the next line or at the end of its
// last line: the plugin read the block as a card.
func (p *parsed) srScheduled(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.List:
	default:
		return false
	}
	if h, ok := n.NextSibling().(*ast.HTMLBlock); ok && strings.HasPrefix(p.rawBlock(h), "<!--SR:") {
		return true
	}
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() == 0 {
		return false
	}
	last := bytes.TrimSpace(segValue(n.Lines().At(n.Lines().Len()-1), p.src))
	i := bytes.LastIndex(last, []byte("<!--SR:"))
	return i > 0 && bytes.HasSuffix(last, []byte("-->"))
}

// srClozeFront returns the front of the cloze card that block n is when
// the Spaced Repetition plugin reviews it (srScheduled) and its highlights,
// ==text==, are its deletions, as the plugin reads them: each asked in
// turn, {{c1::…}}, {{c2::…}}. A block the plugin reads as a card of
// another kind, "Question::Answer" or lines parted by a "?" line, is none.
func (p *parsed) srClozeFront(n ast.Node) (string, bool) {
	if !p.srScheduled(n) {
		return "", false
	}
	var html string
	if _, ok := n.(*ast.List); ok {
		html = p.blocksHTML([]ast.Node{n})
	} else {
		if k, _ := p.questionMarkLine(p.lines(n)); k >= 0 {
			return "", false
		}
		html = p.html(n, p.startOf(n), everything)
	}
	html = markHighlights(html, true)
	if !strings.Contains(html, "<mark>") || strings.Contains(html, "::") || strings.Contains(html, ";;") {
		return "", false
	}
	k := 0
	front := markedText().ReplaceAllStringFunc(html, func(m string) string {
		k++
		return "{{c" + strconv.Itoa(k) + "::" + m[len("<mark>"):len(m)-len("</mark>")] + "}}"
	})
	return front, true
}

// markedText matches a highlight as markHighlights marks it.
var markedText = lazyRegexp(`<mark>.*?</mark>`)

// srHighlightCloze makes the cloze card of block n when the Spaced
// Repetition plugin reviews it with its highlights hidden (see
// srClozeFront), answered by its context as other clozes are. It reports
// whether n was such a block.
func (b *builder) srHighlightCloze(n ast.Node, sc scope) bool {
	front, ok := b.p.srClozeFront(n)
	if !ok {
		return false
	}
	extra := strings.Join(sc.context(), " › ")
	if extra == "" {
		extra = b.title
	}
	if b.add(front, escapeText(extra), Cloze, b.p.lineOf(n), sc) {
		b.cover(n)
	}
	return true
}
