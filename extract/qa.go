package extract

import (
	"bytes"
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Anki reads a cloze's numbers as 16-bit: "{{c70000::x}}" is no cloze
// there, and the card it would be given (the 500th, as Anki caps them)
// would be blank. u16 matches a number from 1 to 65535 that does not start
// with 0, overU16 one over 65535.
const (
	u16     = `(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])`
	overU16 = `(?:[1-9]\d{5,}|[7-9]\d{4}|6[6-9]\d{3}|65[6-9]\d\d|655[4-9]\d|6553[6-9])`
	// clozeTypo matches the number of a cloze opening typed with a space,
	// a minus or a fraction, "{{ c1::", "{{c 1::", "{{c1 ::", "{{c-1::",
	// "{{c1.5::", which Anki reads as no cloze.
	clozeTypo = `[ \t]+[cC]\d+|c[ \t]+\d+|c\d+[ \t]+|c[ \t]*-[ \t]*\d+|c\d+\.\d+`
)

var (
	clozeOpen     = lazyRegexp(`\{\{c0*` + u16 + `(?:,0*` + u16 + `)*::`)                            // as Anki reads them: "c01" is c1, "c1,2" both
	badCloze      = lazyRegexp(`\{\{(?:c0*|C\d+|c[\d,]*?` + overU16 + `[\d,]*|` + clozeTypo + `)::`) // Anki's clozes are c1, c2…, in lower case, up to c65535
	correctAnswer = lazyRegexp(`(?i)(?:correct answers?\s*(?:is)?\s*[:：]?|^answer\s*[:：])\s*\(?([A-H])\)?(?:[^A-Za-z]|$)`)
	optionLine    = lazyRegexp(`^\s*(?:[-*+]\s+)?(?:\*\*)?\(?([A-H])[.):](?:\*\*)?\s+(.+?)\s*$`)
	qaLabelRE     = lazyRegexp(`^(q|question|a|ans|answer)\s*\d*$`)
	// qaDotLabel is a label closed by "." or ")": "Q.", "Q1)", "Ans.", "A.".
	qaDotLabel = lazyRegexp(`(?i)^(q|question|a|ans|answer)\s*\d*\s*[.)](\*\*|__)?\s+`)
	summaryTag = lazyRegexp(`(?is)<summary>.*?</summary>|</?details>`)
)

// qaLabel returns "q" or "a" when line r of n opens with a Q:/A: label, and the
// offset where the text after the label starts.
func (p *parsed) qaLabel(n ast.Node, r [2]int) (string, int) {
	if k := checkMark(p.src[r[0]:r[1]]); k > 0 {
		// "✅ **Answer: B**" is labelled as "Answer: B" is; "✅ True" answers.
		if kind, off := p.qaLabel(n, [2]int{r[0] + k, r[1]}); kind != "" {
			return kind, off
		}
		if markedAnswer().Match(bytes.TrimSpace(p.src[r[0]+k : r[1]])) {
			return "a", r[0] + k
		}
		return "", 0
	}
	hb := bytes.TrimLeft(p.src[r[0]:min(r[1], r[0]+16)], " *_")
	if k := labelNumber(hb); k > 0 {
		// "**13. Q: What is a race condition?**": the bold took the
		// question's number out of a list.
		start := r[1] - len(bytes.TrimLeft(p.src[r[0]:r[1]], " *_")) + k
		start += len(p.src[start:r[1]]) - len(bytes.TrimLeft(p.src[start:r[1]], " *_"))
		if kind, off := p.qaLabel(n, [2]int{start, r[1]}); kind != "" && off > start {
			return kind, off
		}
		return "", 0
	}
	if len(hb) < 2 || hb[0]|0x20 != 'q' && hb[0]|0x20 != 'a' && !cjkQAHead(hb) { // an ASCII q or a, in either case
		return "", 0 // the quick test, before any string is made
	}
	if w := asciiLetters(hb); w < len(hb) && hb[w] == ' ' && !isQAWord(hb[:w]) {
		return "", 0 // "Also …", "Answers …": a word and a space, no label opens the line
	}
	head := string(hb)
	if m := qaDotLabel().FindStringIndex(head); m != nil {
		// The label of a line's text, outside emphasis: "Q. What is …?".
		return strings.ToLower(head[:1]), r[1] - len(strings.TrimLeft(string(p.src[r[0]:r[1]]), " *_")) + m[1]
	}
	v := p.lineView(n, r[0], r[1])
	i, j, sep, ok := findSep(v)
	if !ok || (sep != ":" && sep != "：") {
		return "", 0
	}
	label := strings.ToLower(strings.Trim(p.plain(n, r[0], v.srcOff(i)), " *_"))
	kind := cjkQAKind(label)
	if m := qaLabelRE().FindStringSubmatch(label); m != nil {
		kind = m[1][:1]
	}
	if kind == "" {
		return "", 0
	}
	off := p.afterOff(v, j-1)
	for off >= 0 && off < r[1] && (p.src[off] == ' ' || p.src[off] == '\t') {
		off++ // "**Q: What …**": the text starts after the space
	}
	return kind, off
}

// questionLabel reports whether s is a question's label alone, "Q", "Q3"
// or "Question", as qaLabelRE reads it.
func questionLabel(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || t[0] != 'q' && t[0] != 'Q' {
		return false // the quick test: no rune but "Q" lowers to "q"
	}
	m := qaLabelRE().FindStringSubmatch(strings.ToLower(t))
	return m != nil && m[1][0] == 'q'
}

// opensWithQALabel reports whether n is a paragraph whose first line opens
// with a Q: or A: label.
func (p *parsed) opensWithQALabel(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return false
	}
	seg := par.Lines().At(0)
	k, _ := p.qaLabel(par, [2]int{seg.Start, seg.Stop})
	return k != ""
}

// asciiLetters returns how many ASCII letters open b.
func asciiLetters(b []byte) int {
	n := 0
	for n < len(b) && (b[n]|0x20 >= 'a' && b[n]|0x20 <= 'z') {
		n++
	}
	return n
}

// isQAWord reports whether w, ASCII letters, is a word qaLabelRE and
// qaDotLabel take as a label: q, question, a, ans or answer, in any case.
func isQAWord(w []byte) bool {
	for _, l := range []string{"q", "question", "a", "ans", "answer"} {
		if bytes.EqualFold(w, []byte(l)) {
			return true
		}
	}
	return false
}

// qaPair makes a card from a block that is a question (Q: …) followed by a
// block that is its answer (A: …).
func (b *builder) qaPair(q, a ast.Node, sc scope) bool {
	p := b.p
	ql, al := b.p.lines(q), b.p.lines(a)
	if _, isList := a.(*ast.List); isList && len(ql) == 1 {
		if kq, qlo := p.qaLabel(q, ql[0]); kq == "q" {
			if back, blocks, ok := b.answerItem(a); ok {
				return b.nestedAnswer(q, a, ql[0], qlo, back, blocks, sc)
			}
		}
	}
	if l, isList := a.(*ast.List); isList && len(ql) == 2 {
		return b.bareAnswerList(q, l, ql, sc)
	}
	if len(ql) == 0 || len(al) == 0 {
		return false
	}
	kq, qlo := p.qaLabel(q, ql[0])
	ka, alo := p.qaLabel(a, al[0])
	if kq != "q" || ka != "a" {
		return false
	}
	for i, r := range ql[1:] {
		if k, _ := p.qaLabel(q, r); k == "a" && !p.choices(q, ql[1+i:]) && !(i > 0 && p.choices(q, ql[i:])) {
			return false // an answer inside the question's paragraph; "A. EC2" then "B. S3" are choices
		}
	}
	back := p.html(a, alo, everything)
	if len(ql) > 2 && p.choices(q, ql[1:]) {
		back = withChoice(back, p, ql[1:])
	}
	if b.add(p.html(q, qlo, everything), back, Basic, p.line(ql[0][0]), sc) {
		b.cover(q, a)
	}
	return true
}

// bareAnswerLabel matches an answer's label alone on its line, emphasis
// trimmed: "A:", "Answer:".
var bareAnswerLabel = lazyRegexp(`(?i)^(a|ans|answer)\s*[:：]$`)

// bareAnswerList makes the card of a question whose answer's label stands
// alone on the line under it, over the list that answers: "Q: What are the
// layers of TCP/IP?", "A:", then "- Application", "- Transport". The list
// is the back, and no card of its own. The label may lead the list in,
// "A: x is:" over "1. gibberish", "2. 4": the lead-in opens the back. It
// reports whether it made the card.
func (b *builder) bareAnswerList(q ast.Node, l *ast.List, ql [][2]int, sc scope) bool {
	p := b.p
	kq, qlo := p.qaLabel(q, ql[0])
	if kq != "q" || qlo >= ql[0][1] {
		return false
	}
	lead := ""
	if !bareAnswerLabel().Match(bytes.Trim(p.src[ql[1][0]:ql[1][1]], " *_")) {
		ka, alo := p.qaLabel(q, ql[1])
		t := bytes.TrimSpace(p.src[max(alo, ql[1][0]):ql[1][1]])
		if ka != "a" || len(t) < 2 || !bytes.HasSuffix(t, []byte(":")) && !bytes.HasSuffix(t, []byte("：")) {
			return false
		}
		lead = "<p>" + p.html(q, alo, everything) + "</p>"
	}
	if b.add(p.html(q, qlo, ql[1][0]), lead+p.blocksHTML([]ast.Node{l}), Basic, p.line(ql[0][0]), sc) {
		b.cover(q, l)
	}
	return true
}

// labelApart makes the card of a question's paragraph, "Q: What are the
// layers of TCP/IP?", over a paragraph that holds only an answer's label,
// "A:" or "**Answer:**", set apart by a blank line, and the blocks under
// the label that answer (see labelApartEnd): the list under "A:" is the
// back, and no card of its own. Code between the question and the label,
// "Q: How do you list files?" over a fence of "ls -la", asks with the
// question. It returns the index of the answer's last block, or i when
// nodes[i] is no such question.
func (b *builder) labelApart(nodes []ast.Node, i int, sc scope) int {
	p := b.p
	j := p.labelApartEnd(nodes, i)
	if j == i {
		return i
	}
	ql := p.lines(nodes[i])
	_, qlo := p.qaLabel(nodes[i], ql[0])
	front := p.html(nodes[i], qlo, everything)
	a := i + 1 + codeBlocksAfter(nodes, i)
	if a > i+1 {
		front += "<br>" + p.blocksHTML(nodes[i+1:a])
	}
	if b.add(front, p.blocksHTML(nodes[a+1:j+1]), Basic, p.line(ql[0][0]), sc) {
		b.cover(nodes[i : j+1]...)
	}
	return j
}

// maxQuestionCode is the most code blocks between a question and its
// answer's label (see codeBlocksAfter).
const maxQuestionCode = 2

// codeBlocksAfter returns how many code blocks, up to maxQuestionCode,
// follow nodes[i]: the code a question asks about, between it and its
// answer (see codeAnswer).
func codeBlocksAfter(nodes []ast.Node, i int) int {
	c := 0
	for i+1+c < len(nodes) && c < maxQuestionCode && isCodeBlock(nodes[i+1+c]) {
		c++
	}
	return c
}

// labelApartEnd returns the index of the last block that answers the
// question nodes[i] opens, "Q: …?", when the block after it, or after the
// code it asks about, holds only an answer's label, "A:": the blocks after
// the label up to the next that opens with a Q: or A: label or is a rule.
// It returns i when nodes[i] is no such question.
func (p *parsed) labelApartEnd(nodes []ast.Node, i int) int {
	a := i + 1 + codeBlocksAfter(nodes, i) // the label's block
	if a+1 >= len(nodes) || p.opensWithQALabel(nodes[a+1]) || isRule(nodes[a+1]) {
		return i
	}
	ql, al := p.lines(nodes[i]), p.lines(nodes[a])
	if _, ok := nodes[a].(*ast.Paragraph); !ok || len(ql) == 0 || len(al) != 1 ||
		!bareAnswerLabel().Match(bytes.Trim(p.src[al[0][0]:al[0][1]], " *_")) {
		return i
	}
	if kq, qlo := p.qaLabel(nodes[i], ql[0]); kq != "q" || qlo >= ql[0][1] {
		return i
	}
	for _, r := range ql[1:] {
		if k, _ := p.qaLabel(nodes[i], r); k != "" {
			return i
		}
	}
	j := a + 1
	for j+1 < len(nodes) && !p.opensWithQALabel(nodes[j+1]) && !isRule(nodes[j+1]) {
		j++
	}
	return j
}

// withoutLabelApart returns body without the questions, their answers'
// labels and the blocks that answer (see labelApartEnd): cards of their
// own, which a heading's card would repeat. body itself is returned when
// it holds none.
func (p *parsed) withoutLabelApart(body []ast.Node) []ast.Node {
	var out []ast.Node
	for i := 0; i < len(body); i++ {
		if j := p.labelApartEnd(body, i); j > i {
			if out == nil {
				out = slices.Clip(body[:i])
			}
			i = j
			continue
		}
		if out != nil {
			out = append(out, body[i])
		}
	}
	if out == nil {
		return body
	}
	return out
}

// stemItem makes the card of a multiple-choice item written as a
// paragraph whose first line labels its stem, "STEM: A car travels 100m in
// 10s. What is its average speed?", over a line a choice, "A) 1 m/s", the
// right one marked "*correct": the stem and the choices ask, the marks
// cut, and the marked choice answers; with none marked the choices
// answer. It reports whether n is such an item.
func (b *builder) stemItem(n ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(n)
	if len(ls) < 3 || !bytes.HasPrefix(bytes.TrimLeft(p.src[ls[0][0]:ls[0][1]], " *_"), []byte("STEM:")) {
		return false
	}
	lo := ls[0][0] + bytes.Index(p.src[ls[0][0]:ls[0][1]], []byte(":")) + 1
	front, back := []string{p.html(n, lo, ls[0][1])}, []string{}
	var choices []string
	for _, r := range ls[1:] {
		c := p.html(n, r[0], r[1])
		if t, ok := strings.CutSuffix(c, " *correct"); ok {
			c = t
			back = append(back, t)
		}
		c = strings.TrimSuffix(c, " *incorrect")
		choices = append(choices, c)
	}
	if len(back) == 0 {
		back = choices
	} else {
		front = append(front, choices...)
	}
	if b.add(strings.Join(front, "<br>"), strings.Join(back, "<br>"), Basic, p.line(ls[0][0]), sc) {
		b.cover(n)
	}
	return true
}

// withChoice follows an answer that is a choice's letter, "B", with the
// text of that choice among the lines ls: "B. Versioning".
func withChoice(back string, p *parsed, ls [][2]int) string {
	letter := strings.TrimSpace(stripTags(back))
	if len(letter) != 1 || letter[0] < 'A' || letter[0] > 'H' {
		return back
	}
	for _, r := range ls {
		if o := optionLine().FindStringSubmatch(string(p.src[r[0]:r[1]])); o != nil && o[1] == letter {
			return escapeText(letter + ". " + stripMarkup(o[2]))
		}
	}
	return back
}

// qaLines makes cards from Q:/A: lines inside one block.
func (b *builder) qaLines(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	found := false
	for i := 0; i < len(ls); i++ {
		kq, qlo := p.qaLabel(n, ls[i])
		if kq != "q" {
			continue
		}
		j := i + 1
		for j < len(ls) {
			if k, _ := p.qaLabel(n, ls[j]); k != "" {
				break
			}
			j++
		}
		if j == len(ls) {
			continue
		}
		ka, alo := p.qaLabel(n, ls[j])
		if ka != "a" || p.choices(n, ls[j:]) {
			continue
		}
		k := j + 1
		for k < len(ls) {
			if l, _ := p.qaLabel(n, ls[k]); l == "q" {
				break
			}
			k++
		}
		front := p.html(n, qlo, ls[j][0])
		back := p.html(n, alo, ls[k-1][1])
		from := ls[i][0]
		if i > 0 && len(p.skipTagLines(ls[:i+1])) == 1 {
			from = ls[0][0] // "#flashcard" over "Q: …": the deck tag is the card's, not its heading's
		}
		if b.add(front, back, Basic, p.line(ls[i][0]), sc) {
			b.coverLines(p.line(from), p.line(ls[k-1][1]-1))
		}
		found = true
		i = k - 1
	}
	return found
}

// choices reports whether lines ls of block n open with the choices of a
// multiple-choice question, "A. …" then "B. …": not an answer.
// pairBlock reports whether n is either paragraph of a question and its
// answer written as two ("**Q1.** …" then "✅ **Answer: B**"), which qaPair
// makes one card.
func (p *parsed) pairBlock(n ast.Node) bool {
	return p.answerBlock(n) || n.NextSibling() != nil && p.answerBlock(n.NextSibling())
}

// answerBlock reports whether n is a paragraph that opens with an answer's
// label ("✅ **Answer: B**", "A: …") after a paragraph that opens with a
// question's ("**Q1.** …"). Under a heading that asks, an answer's
// paragraph alone answers the heading.
func (p *parsed) answerBlock(n ast.Node) bool {
	prev, ok := n.PreviousSibling().(*ast.Paragraph)
	if _, isPar := n.(*ast.Paragraph); !isPar || !ok || n.Lines().Len() == 0 || prev.Lines().Len() == 0 {
		return false
	}
	seg, qseg := n.Lines().At(0), prev.Lines().At(0)
	if !mayLabel(p.src[seg.Start:seg.Stop], 'a') || !mayLabel(p.src[qseg.Start:qseg.Stop], 'q') {
		return false // the quick test: a label opens with its letter, or a check mark
	}
	k, _ := p.qaLabel(n, [2]int{seg.Start, seg.Stop})
	q, _ := p.qaLabel(prev, [2]int{qseg.Start, qseg.Stop})
	return k == "a" && q == "q" && !p.choices(n, p.lines(n))
}

// mayLabel reports whether line may open with a question's or an answer's
// label (c is 'q' or 'a'): its first letter, after spaces and emphasis, is
// c in either case, or a check mark may come first.
func mayLabel(line []byte, c byte) bool {
	t := bytes.TrimLeft(line, " *_")
	return len(t) > 0 && (t[0]|0x20 == c || t[0] == 0xE2)
}

// checkMark measures the check mark and spaces that open line, "✅ ", or
// returns 0.
func checkMark(line []byte) int {
	t := bytes.TrimLeft(line, " ")
	if len(t) == 0 || t[0] != 0xE2 {
		return 0 // the quick test: every mark below is encoded from 0xE2
	}
	for _, m := range []string{"✅", "✔️", "✔", "☑️", "☑", "✓"} {
		if rest, ok := bytes.CutPrefix(t, []byte(m)); ok && len(rest) > 0 && rest[0] == ' ' {
			return len(line) - len(bytes.TrimLeft(rest, " "))
		}
	}
	return 0
}

// markedAnswer matches what a check mark alone labels as an answer: "True",
// "False", a choice's letter, in bold or not.
var markedAnswer = lazyRegexp(`^(\*\*|__)?(True|False|Yes|No|[A-H])\b`)

func (p *parsed) choices(n ast.Node, ls [][2]int) bool {
	if len(ls) < 2 {
		return false
	}
	for k, r := range ls[:2] {
		t := strings.TrimLeft(string(p.src[r[0]:r[1]]), " *_")
		if len(t) < 3 || t[0] != byte('A'+k) || t[1] != '.' && t[1] != ')' {
			return false
		}
	}
	return true
}

// doubleColon makes a card from a "Question :: Answer" line, or a reversed one
// from "Question ::: Answer", or from an inline Obsidian_to_Anki note.
func (b *builder) doubleColon(n ast.Node, r [2]int, sc scope) bool {
	if bytes.Contains(b.p.src[r[0]:r[1]], []byte("{{")) && badCloze().Match(b.p.src[r[0]:r[1]]) {
		b.warnings = append(b.warnings, Warning{Pos: b.p.pos(r[0]), Msg: "not a cloze: Anki numbers clozes {{c1::…}}, {{c2::…}}, in lower case"})
		return true
	}
	front, back, kind, ok := b.p.inlineO2A(n, r)
	if !ok {
		front, back, kind, ok = b.p.colonCard(n, r)
	}
	if !ok {
		front, back, kind, ok = b.p.arrowCard(n, r)
	}
	if !ok && mapField(b.p.src[r[0]:r[1]]) {
		b.p.skipped[b.p.line(r[0])] = true // "used-by:: kidneys" among cards: no card, nor a line of the title's
		return true
	}
	if !ok {
		return false
	}
	if b.add(front, back, kind, b.p.line(r[0]), sc) {
		b.coverLines(b.p.line(r[0]), b.p.line(r[0]))
	}
	return true
}

// colonCard returns the sides of the card of line r of block n when it is
// written "Question :: Answer" (":::" reversed, ";;" as "::").
func (p *parsed) colonCard(n ast.Node, r [2]int) (front, back string, kind Kind, ok bool) {
	sep := "::"
	if !bytes.Contains(p.src[r[0]:r[1]], []byte(sep)) {
		if sep = ";;"; !bytes.Contains(p.src[r[0]:r[1]], []byte(sep)) {
			return "", "", 0, false
		}
	}
	v := p.lineView(n, r[0], r[1])
	t := string(v.text)
	i := strings.Index(t, sep)
	for path := false; i > 0 && sep == "::"; {
		// "#bio::cells Mitosis :: division", "water moves #bio::cells":
		// Anki's nested tag, not the card's two sides; "What does
		// HashMap::new return?::An empty map": a path of code, after
		// which only a separator that no name touches on both sides asks.
		if codePath(t, i, p.pathCode) || p.prosePath(t, i) {
			path = true
		} else if !inHashtag(t, i) && !(path && i+2 < len(t) && isIdent(t[i-1]) && isIdent(t[i+2])) {
			break
		}
		k := strings.Index(t[i+2:], sep)
		if k < 0 {
			return "", "", 0, false
		}
		i += 2 + k
	}
	if i <= 0 || clozeOpen().MatchString(t) {
		return "", "", 0, false
	}
	j := i
	for j < len(t) && t[j] == sep[0] {
		j++
	}
	if j-i > 3 || j == len(t) || sep == ";;" && (j-i != 2 || !hasWordChar(t[:i]) || !hasWordChar(t[j:]) || !askEnds(lastText(t[:i])) || !answerStarts(p.src[v.srcOff(j-1)+1:r[1]])) {
		return "", "", 0, false // ";;" in code, "for(;;)", is no card
	}
	left := strings.TrimSpace(t[:i])
	if sep == "::" && strings.HasSuffix(left, ":") {
		return "", "", 0, false // "Global: ::x names the global x": a definition whose answer opens with "::"
	}
	if j-i == 2 && (linkField(left, t[j:]) || relationField(left, t[j:])) {
		return "", "", 0, false // "up:: [[Biology MOC]]", "feeds:: [[pca]] — …" link the note, they ask nothing
	}
	if sep == "::" && isIPv6(t[strings.LastIndexByte(t[:i], ' ')+1:i], t[j:]) {
		return "", "", 0, false // "addresses use FE80::/10", "::1": an IPv6 address
	}
	if strings.Count(left, "(") > strings.Count(left, ")") || strings.Count(left, "[") > strings.Count(left, "]") {
		return "", "", 0, false // "two colons (::) before …": the sign in brackets
	}
	kind = Basic
	if j-i == 3 {
		kind = Reversed
	}
	front = p.html(n, r[0], v.srcOff(i))
	back = p.html(n, p.afterOff(v, j-1), r[1])
	if stripTags(front) == "" || stripTags(back) == "" {
		return "", "", 0, false
	}
	return front, back, kind, true
}

// codePath reports whether the "::" at t[i] is written tight between two
// names as a path of code is: "uses std::vector", "boost::asio",
// "Vec::new()", "HashMap::new makes one", "Vec::with_capacity", not a
// card's two sides. A name in lower case before it is code unless a
// capital follows, and so is a name on either side in camel case or with
// "_" (codeName), or a path that goes on (pathGoesOn). In a note whose
// code is in a language of such paths (pathCode), any is: "Box::new ->
// Calling this allocates …" under a Rust example.
func codePath(t string, i int, pathCode bool) bool {
	j := i + 2
	if j >= len(t) || t[j] == ':' || !isIdent(t[i-1]) || !isIdent(t[j]) {
		return false
	}
	if pathCode {
		return true
	}
	word, next := t[strings.LastIndexAny(t[:i], " \t\x00")+1:i], t[j:]
	for k := range len(next) {
		if !isIdent(next[k]) {
			next = next[:k]
			break
		}
	}
	return word == strings.ToLower(word) && !(t[j] >= 'A' && t[j] <= 'Z') || codeName(word) || codeName(next) || pathGoesOn(t[j:])
}

// prosePath reports whether the "::" at t[i], written tight between two
// names in capitals or before a name in lower case, is a path of code
// that a sentence names: "cmp returns Ordering::Less when the left is
// smaller", "where String::from builds an owned string". The name before
// it does not open the line, a word in lower case goes on after the name
// after it, and the note writes other paths that codePath knows in its
// text ("HashMap::new", "std::mem::swap"). A term that opens its line,
// "Nucleus::Holds the DNA", and a question whose answer is the line's last
// word, "Capital of Peru::Lima", are still cards.
func (p *parsed) prosePath(t string, i int) bool {
	j := i + 2
	if p.pathCode || j >= len(t) || !isIdent(t[i-1]) || !isIdent(t[j]) {
		return false
	}
	start := strings.LastIndexAny(t[:i], " \t\x00") + 1
	if strings.TrimLeft(t[:start], " \t\x00") == "" {
		return false // the name opens the line: a term and its answer
	}
	k := j
	for k < len(t) && isIdent(t[k]) {
		k++
	}
	if k+1 >= len(t) || t[k] != ' ' || t[k+1] < 'a' || t[k+1] > 'z' {
		return false
	}
	if p.pathProse == 0 {
		p.pathProse = 1
		if writesPaths(p.src) {
			p.pathProse = 2
		}
	}
	return p.pathProse == 2
}

// writesPaths reports whether a line of body writes a "::" that codePath
// reads as a path of code by its names alone, "std::mem::swap",
// "HashMap::new".
func writesPaths(body []byte) bool {
	for off := 0; ; {
		k := bytes.Index(body[off:], []byte("::"))
		if k < 0 {
			return false
		}
		at := off + k
		lo := bytes.LastIndexByte(body[:at], '\n') + 1
		hi := len(body)
		if e := bytes.IndexByte(body[at:], '\n'); e >= 0 {
			hi = at + e
		}
		if at > lo && codePath(string(body[lo:hi]), at-lo, false) {
			return true
		}
		off = at + 2
	}
}

// pathLangs are the languages of code blocks whose names are paths written
// with "::": Rust, C++, PHP, Ruby.
var pathLangs = map[string]bool{"rust": true, "rs": true, "cpp": true, "c++": true, "cc": true, "hpp": true, "php": true, "ruby": true, "rb": true}

// pathCode reports whether body holds a code block fenced as one of
// pathLangs, "```rust": its note writes "::" between names as a path.
func pathCode(body []byte) bool {
	for i := 0; ; {
		k := bytes.Index(body[i:], []byte("```"))
		if k < 0 {
			return false
		}
		i += k + 3
		end := i
		for end < len(body) && end-i < 8 && body[end] != '\n' && body[end] != ' ' && body[end] != '`' && body[end] != '{' {
			end++
		}
		if pathLangs[strings.ToLower(string(body[i:end]))] {
			return true
		}
	}
}

// lastText returns the last byte of t, a line's view, that is text: the
// view holds a zero byte where markup stood, the "**" that closes "What is
// an AWS **zero-spend budget?**;;It alerts you …", and the question ends
// at the "?" before it.
func lastText(t string) byte {
	i := len(t) - 1
	for i > 0 && t[i] == 0 {
		i--
	}
	return t[i]
}

// mapField reports whether line is a Dataview field that maps the note
// into the vault, which colonCard asks nothing of: one that links it,
// "up:: [[Biology MOC]]" (see linkField), or relates it to another,
// "used-by:: kidneys" (see relationField).
func mapField(line []byte) bool {
	if !bytes.Contains(line, []byte("::")) {
		return false // the quick test: most lines hold no field
	}
	t := string(bytes.TrimSpace(line))
	k := strings.Index(t, "::")
	if k < 1 || k+2 < len(t) && t[k+2] == ':' {
		return false
	}
	return linkField(t[:k], t[k+2:]) || relationField(t[:k], t[k+2:])
}

// inHashtag reports whether the "::" at t[i:] nests a tag written as Anki
// writes one, "#bio::cells": a word glued to it on both sides, the one
// before opening with "#".
func inHashtag(t string, i int) bool {
	if i+2 >= len(t) || !isIdent(t[i-1]) || !isIdent(t[i+2]) {
		return false
	}
	w := t[strings.LastIndexAny(t[:i], " \t")+1 : i]
	return len(w) > 1 && w[0] == '#' && w[1] != '#'
}

// isIPv6 reports whether the word that ends before, and the one that begins
// after a "::" are the parts of an IPv6 address: hexadecimal groups, and a
// prefix length or zone after them ("FE80::/10", "2001:db8::1", "::1"), a
// digit among them.
func isIPv6(before, after string) bool {
	after, _, _ = strings.Cut(after, " ")
	before, after = strings.TrimRight(before, ":"), strings.TrimRight(after, ".,;)")
	if before == "" && after == "" {
		return false // "Bee :: Abeille"
	}
	digit := false
	for _, c := range before + after {
		digit = digit || c >= '0' && c <= '9'
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '/' || c == '.' || c == '%') {
			return false
		}
	}
	return digit // "Bad::bed" is a card
}

// wordOrSpace reports whether c is a space, an ASCII letter or digit, or
// part of a multi-byte rune.
func wordOrSpace(c byte) bool {
	return c == ' ' || isWordByte(c)
}

func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// clozeAny reports whether block n holds a cloze deletion.
func (b *builder) clozeAny(n ast.Node) bool {
	for _, r := range b.p.lines(n) {
		if hasCloze(b.p.src[r[0]:r[1]]) {
			return true
		}
	}
	return false
}

// explicitOnly reports whether block n is written as cards alone: cloze
// deletions (all closed), "Q:" and "A:" lines, "::", ";;" or an inline
// Obsidian_to_Anki note on every line, or lines split by a "?" line. A heading's card would repeat them with
// their syntax showing.
func (b *builder) explicitOnly(n ast.Node) bool {
	p := b.p
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return false
	}
	ls := p.lines(n)
	if len(ls) == 0 {
		return false
	}
	ls = p.skipTagLines(ls) // "#flashcard" over "Q: …": the deck tag marks the card
	if b.clozeAny(n) {
		src := p.src[ls[0][0]:ls[len(ls)-1][1]]
		return len(clozeOpen().FindAllIndex(src, -1)) <= bytes.Count(src, []byte("}}"))
	}
	if k, _ := p.qaLabel(n, ls[0]); k == "q" {
		for _, r := range ls[1:] {
			if k, _ := p.qaLabel(n, r); k == "a" {
				return true
			}
		}
	}
	if k, _ := p.questionMarkLine(ls); k > 0 {
		return true
	}
	for _, r := range ls {
		if _, _, _, ok := p.colonCard(n, r); !ok {
			if _, _, _, ok := p.inlineO2A(n, r); !ok {
				return false
			}
		}
	}
	return true
}

// cloze makes a Cloze card of block n when it holds {{cN::…}} deletions; the
// back holds the heading path as extra text.
func (b *builder) cloze(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	if !hasCloze(p.src[ls[0][0]:ls[len(ls)-1][1]]) {
		return false
	}
	last := ls[len(ls)-1]
	ls = b.colonLinesAround(n, ls, sc)
	hi := everything
	if ls[len(ls)-1] != last {
		hi = ls[len(ls)-1][1] // the card under the cloze is not the cloze's
	}
	src := string(p.src[ls[0][0]:ls[len(ls)-1][1]])
	line := p.line(ls[0][0])
	opens := clozeOpen().FindAllStringIndex(src, -1)
	if len(opens) > strings.Count(src, "}}") || !strings.Contains(src[opens[len(opens)-1][1]:], "}}") {
		// "A set {a, {b}} … {{c1::two": a "}}" before the last opening
		// closes nothing of it, and Anki would make a blank card.
		b.warnings = append(b.warnings, Warning{Pos: Pos{File: p.file, Line: line}, Msg: "unbalanced cloze: {{c…:: without }}"})
		return true
	}
	ends, open := clozeAnswers(src, opens)
	hides := false     // whether some cloze hides something
	braced, at := 0, 0 // clozes whose answer holds "}}", and where the first was met among the warnings
	for i, m := range opens {
		k := ends[i] - m[1]
		answer, _, _ := strings.Cut(src[m[1]:m[1]+k], "::") // without its hint
		hides = hides || strings.TrimSpace(answer) != ""
		switch {
		case strings.TrimSpace(answer) == "":
			b.warnings = append(b.warnings, Warning{Pos: Pos{File: p.file, Line: line}, Msg: "empty cloze: " + src[m[0]:m[1]+k+2] + " hides nothing"})
		case open[i]:
			// "{{c1::{1,2}}}": Anki ends the cloze at the first "}}".
			if braced++; braced == 1 {
				at = len(b.warnings)
			}
		}
	}
	if braced > 0 {
		// One warning for the card, not one a cloze: a line of 2,000
		// clozes nested in one another printed 2,000 alike.
		msg := "a cloze's answer holds \"}}\", where Anki ends the cloze: write \"} }\" inside it"
		if braced > 1 {
			msg = strconv.Itoa(braced) + " clozes' answers hold \"}}\", where Anki ends a cloze: write \"} }\" inside them"
		}
		b.warnings = slices.Insert(b.warnings, at, Warning{Pos: Pos{File: p.file, Line: line}, Msg: msg})
	}
	if !hides {
		// "The capital is {@{}@}.": a card that hides nothing asks nothing.
		return true
	}
	extra := strings.Join(sc.context(), " › ")
	if extra == "" {
		extra = b.title
	}
	if b.add(p.html(n, ls[0][0], hi), escapeText(extra), Cloze, line, sc) {
		b.coverLines(line, p.line(ls[len(ls)-1][1]-1))
	}
	return true
}

// textBadClozes returns the side of a Cloze card front with each opening
// Anki reads as no cloze (badCloze: "{{c100000::heat}}" beside a valid
// "{{c1::ATP}}") written as its text, "heat", with a warning at line: Anki
// shows such an opening as it is, and a package would give it a card
// (the 500th, as the cap is) that hides nothing. An opening whose "}}"
// comes after another opening loses its opening alone.
func (b *builder) textBadClozes(front string, line int) string {
	locs := badCloze().FindAllStringIndex(front, -1)
	if locs == nil {
		return front
	}
	var out strings.Builder
	last := 0
	for _, m := range locs {
		if m[0] < last {
			continue // inside the answer of the one before
		}
		out.WriteString(front[last:m[0]])
		last = m[1]
		if k := strings.Index(front[m[1]:], "}}"); k >= 0 && !strings.Contains(front[m[1]:m[1]+k], "{{") {
			answer, _, _ := strings.Cut(front[m[1]:m[1]+k], "::")
			out.WriteString(answer)
			last = m[1] + k + 2
		}
	}
	out.WriteString(front[last:])
	b.warnings = append(b.warnings, Warning{Pos: Pos{File: b.p.file, Line: line}, Msg: "not a cloze: " + front[locs[0][0]:locs[0][1]] + " (Anki numbers clozes {{c1::…}}, {{c2::…}}, in lower case, up to c65535): read as text"})
	return out.String()
}

// clozeAnswers returns, for each opening of opens (clozeOpen's matches in
// src, in order, each with a "}}" after it), the offset of the first "}}"
// after it, where Anki ends its deletion, and whether the text between
// holds more "{" than "}". Openings nested in one another share that end:
// the ends and the braces between are found in one pass over src, not
// from each opening to the end, which took minutes on a paragraph of
// nested openings.
func clozeAnswers(src string, opens [][]int) (ends []int, open []bool) {
	ends, open = make([]int, len(opens)), make([]bool, len(opens))
	lo, hi, braces := 0, 0, 0 // braces counts "{" less "}" in src[lo:hi]
	end := -1
	for i, m := range opens {
		for ; lo < m[1]; lo++ {
			if lo < hi {
				braces -= brace(src[lo])
			}
		}
		if lo > hi {
			hi, braces = lo, 0
		}
		if end < m[1] {
			end = m[1] + strings.Index(src[m[1]:], "}}")
		}
		for ; hi < end; hi++ {
			braces += brace(src[hi])
		}
		ends[i], open[i] = end, braces > 0
	}
	return ends, open
}

// brace is 1 for "{", -1 for "}" and 0 for any other byte.
func brace(c byte) int {
	switch c {
	case '{':
		return 1
	case '}':
		return -1
	}
	return 0
}

// unClozeAny is unCloze for a card's side, which seldom holds a deletion:
// s itself when it holds no "{{c".
func unClozeAny(s string) string {
	if !strings.Contains(s, "{{c") {
		return s
	}
	return unCloze(s)
}

// unCloze returns s with every cloze deletion, {{c1::answer}} or
// {{c1::answer::hint}}, replaced by its answer: the text as a card that is
// not a Cloze shows it. A deletion nested in another, "{{c2::a {{c3::b}}
// c}}", is the outer's answer too, "a b c", as Anki shows it. An opening
// never closed, or closed only past a paragraph's end ("entr{{c1::opy is"
// over "- p}}rice"), is dropped with the first "}}" after it that closes
// nothing, not even a "{{" that opens no cloze, as the student meant its
// text shown; another "}}" that closes nothing stays as written. Openings are matched to their "}}" in one pass
// (see clozeSpans), so nesting costs nothing more.
func unCloze(s string) string {
	opens := clozeOpen().FindAllStringIndex(s, -1)
	if opens == nil {
		return s
	}
	closes := clozeSpans(s, opens)
	var out strings.Builder
	type open struct {
		close int  // where its "}}" is
		hint  bool // whether its hint has begun
	}
	var stack []open // the deletions open at this point, innermost last
	hidden := 0      // how many of them are in their hint, whose text is not shown
	last, k := 0, 0  // s[:last] is written; opens[k] is the next opening
	dropped := 0     // how many openings never closed are dropped and wait for a "}}"
	braces := 0      // how many "{{" that open no cloze ("{{c0::", "{{ name") wait for their "}}"
	text := func(hi int) {
		t := s[last:hi]
		if n := len(stack); n > 0 && !stack[n-1].hint {
			if h := strings.Index(t, "::"); h >= 0 {
				if hidden == 0 {
					out.WriteString(t[:h])
				}
				stack[n-1].hint = true
				hidden++
				last = hi
				return
			}
		}
		if hidden == 0 {
			out.WriteString(t)
		}
		last = hi
	}
	for i := 0; i < len(s); {
		switch {
		case k < len(opens) && opens[k][0] == i:
			text(i)
			if c := closes[k]; c >= 0 {
				stack = append(stack, open{close: c})
			} else {
				dropped++ // never closed: its "::" begins no hint
			}
			last = opens[k][1]
			i = opens[k][1]
			k++
		case len(stack) > 0 && stack[len(stack)-1].close == i:
			text(i)
			if stack[len(stack)-1].hint {
				hidden--
			}
			stack = stack[:len(stack)-1]
			i += 2
			last = i
		case strings.HasPrefix(s[i:], "{{") && (k == len(opens) || opens[k][0] != i+1):
			braces++ // not the "{" before a deletion's own, "{{{c1::"
			i += 2
		case braces > 0 && strings.HasPrefix(s[i:], "}}"):
			braces--
			i += 2
		case dropped > 0 && strings.HasPrefix(s[i:], "}}"):
			text(i)
			dropped--
			i += 2
			last = i
		default:
			i++
		}
	}
	text(len(s))
	return out.String()
}

// clozeSpans returns, for each opening of opens (clozeOpen's matches in
// s, in order), the offset of the "}}" that closes it, or -1: a "}}"
// closes the innermost opening still open, and a paragraph's end, "</p>",
// leaves all those still open unclosed, as a deletion does not run on
// into the next paragraph.
func clozeSpans(s string, opens [][]int) []int {
	closes := make([]int, len(opens))
	var stack []int // indices in opens of the openings still open
	k := 0
	for i := 0; i < len(s); {
		switch {
		case k < len(opens) && opens[k][0] == i:
			closes[k] = -1
			stack = append(stack, k)
			i = opens[k][1]
			k++
		case strings.HasPrefix(s[i:], "}}") && len(stack) > 0:
			closes[stack[len(stack)-1]] = i
			stack = stack[:len(stack)-1]
			i += 2
		case strings.HasPrefix(s[i:], "</p>"):
			stack = stack[:0]
			i += 4
		default:
			i++
		}
	}
	return closes
}

// srSeparator makes the card of lines ls of block n split by a line of "?"
// alone (or "??" for a reversed card), as Obsidian's spaced-repetition
// plugin writes a card over several lines: the lines before it on the front,
// the lines after it on the back.
func (b *builder) srSeparator(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	k, kind := p.questionMarkLine(ls)
	if k < 0 {
		return false
	}
	front := p.skipTagLines(ls[:k])
	if b.add(p.html(n, front[0][0], ls[k-1][1]), p.html(n, ls[k+1][0], everything), kind, p.line(front[0][0]), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[len(ls)-1][1]-1))
	}
	return true
}

// questionMarkLine returns the index of the first of lines ls, neither the
// first nor the last, that is "?" alone (Basic) or "??" (Reversed), or -1.
func (p *parsed) questionMarkLine(ls [][2]int) (int, Kind) {
	for k := 1; k+1 < len(ls); k++ {
		switch string(bytes.TrimSpace(p.src[ls[k][0]:ls[k][1]])) {
		case "?":
			return k, Basic
		case "??":
			return k, Reversed
		}
	}
	return -1, Basic
}

// explicit reports whether block n holds explicit cards: a cloze, a Q:/A:
// label or a "::" line.
func (b *builder) explicit(n ast.Node, ls [][2]int) bool {
	if b.clozeAny(n) {
		return true
	}
	for _, r := range ls {
		if k, _ := b.p.qaLabel(n, r); k != "" {
			return true
		}
		// The view holds "::" and ";;" only where the source does.
		for _, sep := range []string{"::", ";;"} {
			if bytes.Contains(b.p.src[r[0]:r[1]], []byte(sep)) && bytes.Contains(b.p.lineView(n, r[0], r[1]).text, []byte(sep)) {
				return true
			}
		}
	}
	return false
}

// detailsIndex returns the index of the first block that opens <details>
// hiding an answer (not a toggle: see toggleAt), or -1.
func detailsIndex(p *parsed, nodes []ast.Node) int {
	for i, n := range nodes {
		if h, ok := n.(*ast.HTMLBlock); ok && strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.rawBlock(h))), "<details") {
			if _, ok := p.toggleAt(nodes, i); !ok {
				return i
			}
		}
	}
	return -1
}

// hideDetailsHeadings marks the top-level headings that stand between a
// block that opens <details> and the one that closes it, "#### Answer: D" in
// a hidden answer: they belong to the answer and start no section. Where a
// <details> is never closed, no heading is hidden.
func (p *parsed) hideDetailsHeadings() {
	var inside []ast.Node // headings since the outermost <details> opened
	depth := 0
	for n := p.doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.Paragraph:
			var raw []byte
			if h, ok := n.(*ast.HTMLBlock); ok {
				raw = bytes.ToLower([]byte(p.rawBlock(h)))
			} else {
				// A paragraph's inline HTML may close one: "Demand</details>".
				for i := 0; i < n.Lines().Len(); i++ {
					if line := segValue(n.Lines().At(i), p.src); bytes.Contains(line, []byte("</")) {
						raw = append(raw, bytes.ToLower(line)...)
					}
				}
			}
			depth = max(0, depth+bytes.Count(raw, []byte("<details"))-bytes.Count(raw, []byte("</details")))
			if depth == 0 && len(inside) > 0 {
				if p.hidden == nil {
					p.hidden = map[ast.Node]bool{}
				}
				for _, h := range inside {
					p.hidden[h] = true
				}
				inside = inside[:0]
			}
		case *ast.Heading:
			if depth > 0 {
				inside = append(inside, n)
			}
		}
	}
}

// optionList reports whether list l holds the choices of a multiple-choice
// question, "A: …", "B) …", "(C) …" in order from A.
func (p *parsed) optionList(l *ast.List) bool {
	items := p.children(l)
	if len(items) < 2 || len(items) > 8 {
		return false
	}
	for i, it := range items {
		head := itemHead(it)
		if head == nil || head.Lines().Len() == 0 {
			return false
		}
		line := segValue(head.Lines().At(0), p.src)
		if k := bytes.IndexByte(line, byte('A'+i)); k < 0 || k > 3 {
			return false // the quick test: the letter opens the line
		}
		m := optionLine().FindSubmatch(line)
		if m == nil || m[1][0] != byte('A'+i) {
			return false
		}
	}
	return true
}

// summaryText finds the text of a <details> block's <summary>.
var summaryText = lazyRegexp(`(?is)<summary[^>]*>(.*?)</summary>`)

// toggleWords are the words of a <summary> that only labels the answer it
// hides: "Show answer", "Click to expand", "Lösung", "Answer 2".
var toggleWords = map[string]bool{
	"show": true, "answer": true, "answers": true, "solution": true, "solutions": true, "hint": true,
	"hints": true, "click": true, "here": true, "to": true, "the": true, "me": true, "for": true,
	"expand": true, "reveal": true, "see": true, "view": true, "open": true, "more": true, "details": true,
	"detail": true, "spoiler": true, "toggle": true, "explanation": true, "result": true, "results": true,
	"output": true, "code": true, "example": true, "examples": true, "note": true, "notes": true,
	"info": true, "hide": true, "check": true, "your": true, "lösung": true, "antwort": true,
	"réponse": true, "respuesta": true, "resposta": true, "risposta": true, "答案": true, "解答": true,
	// The answer and the solution in the other languages of Latin script
	// whose notes hide them so: Dutch, Polish, Indonesian, Turkish and
	// Vietnamese ("đáp án", "lời giải"), and the solution in Spanish,
	// Portuguese and Italian.
	"antwoord": true, "oplossing": true, "odpowiedź": true, "rozwiązanie": true, "jawaban": true,
	"pembahasan": true, "cevap": true, "çözüm": true, "đáp": true, "án": true, "lời": true, "giải": true,
	"solución": true, "solução": true, "soluzione": true,
}

// A toggle is a <details> block whose <summary> asks or names something
// ("What is opportunity cost?", as Notion exports its toggles) rather than
// labelling an answer ("show"): a card of its own, the summary on the front
// and what the block hides on the back.
type toggle struct {
	end   int    // the index of the block that closes it
	front string // the summary, as HTML
}

// toggleAt returns the toggle that opens at nodes[i], if one does.
func (p *parsed) toggleAt(nodes []ast.Node, i int) (toggle, bool) {
	h, ok := nodes[i].(*ast.HTMLBlock)
	if !ok {
		return toggle{}, false
	}
	raw := p.rawBlock(h)
	lower := strings.ToLower(raw)
	if !strings.HasPrefix(strings.TrimSpace(lower), "<details") || strings.Count(lower, "<details") > 1 {
		return toggle{}, false
	}
	m := summaryText().FindStringSubmatch(raw)
	if m == nil {
		return toggle{}, false
	}
	summary := strings.TrimSpace(joinFields(html.UnescapeString(stripTags(m[1]))))
	if answerLabel(summary) {
		return toggle{}, false
	}
	// A toggle holds a few blocks: one not closed within maxToggleBlocks is
	// none, which also keeps a note of unclosed toggles linear.
	for j := i; j < len(nodes) && j <= i+maxToggleBlocks; j++ {
		if p.closesDetails(nodes[j]) {
			return toggle{end: j, front: escapeText(summary)}, true
		}
	}
	return toggle{}, false
}

// closesDetails reports whether block n holds "</details>": an HTML block,
// or a paragraph whose last line closes it, "A web service …\n</b></details>".
func (p *parsed) closesDetails(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.HTMLBlock:
		return strings.Contains(strings.ToLower(p.rawBlock(n)), "</details>")
	case *ast.Paragraph:
		lines := n.Lines()
		return lines.Len() > 0 && bytes.Contains(bytes.ToLower(segValue(lines.At(lines.Len()-1), p.src)), []byte("</details>"))
	}
	return false
}

// toggleList reports whether n is a list of toggles, one an item ("1.
// <details><summary>What is doctype?</summary> …"): each is a card.
func (p *parsed) toggleList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || l.FirstChild() == nil {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		kids := p.children(it)
		if len(kids) == 0 {
			return false // "*" alone: an empty item
		}
		if t, ok := p.toggleAt(kids, 0); !ok || t.end != len(kids)-1 {
			return false
		}
	}
	return true
}

// maxToggleBlocks is the most blocks a toggle holds besides its first.
const maxToggleBlocks = 64

// toggle makes the card of the toggle that opens at nodes[i] and the cards
// of what it hides; it returns the index of its last block.
func (b *builder) toggle(nodes []ast.Node, i int, t toggle, sc scope) int {
	if b.add(t.front, b.details(nil, nodes[i:t.end+1]), Basic, b.p.lineOf(nodes[i]), sc) {
		b.cover(nodes[i : t.end+1]...)
	}
	if t.end > i+1 {
		inner := sc
		inner.asked = t.front
		b.blocks(nodes[i+1:t.end], inner)
	}
	return t.end
}

// withoutToggles returns nodes without the blocks of their toggles (one
// or stacked in one block) and of their Obsidian_to_Anki notes.
func (p *parsed) withoutToggles(nodes []ast.Node) []ast.Node {
	var out []ast.Node
	for i := 0; i < len(nodes); i++ {
		end := -1
		if t, ok := p.toggleAt(nodes, i); ok {
			end = t.end
		} else if notes := p.o2aAt(nodes, i); notes != nil {
			end = notes[len(notes)-1].end
		} else if p.stackedToggles(nodes[i]) != nil {
			end = i
		}
		if end >= 0 {
			if out == nil {
				out = append(make([]ast.Node, 0, len(nodes)), nodes[:i]...)
			}
			i = end
			continue
		}
		if out != nil {
			out = append(out, nodes[i])
		}
	}
	if out == nil {
		return nodes
	}
	return out
}

// details renders an answer hidden in <details> without its wrapper; a
// "Correct answer: X" is followed by the text of option X found in before.
func (b *builder) details(before, answer []ast.Node) string {
	p := b.p
	back := p.blocksHTML(answer)
	back = summaryTag().ReplaceAllString(back, "")
	back = unwrapBold(back)
	back = trimBreaks(removeEmptyParas(back))
	// A <p> written around the answer's Markdown wraps nothing of its own.
	if strings.HasPrefix(back, "<p>") && strings.HasSuffix(back, "</p>") && strings.Count(back, "<p>") == 1 && strings.Count(back, "</p>") == 1 {
		back = trimBreaks(strings.TrimSpace(back[len("<p>") : len(back)-len("</p>")]))
	}
	m := correctAnswer().FindStringSubmatch(stripTags(back))
	if m == nil {
		return back
	}
	for _, n := range before {
		first, last := p.span(n)
		for l := first; l > 0 && l <= last; l++ {
			o := optionLine().FindStringSubmatch(p.sourceLine(l))
			if o != nil && o[1] == m[1] {
				return back + "<br>" + escapeText(m[1]+". "+stripMarkup(o[2]))
			}
		}
	}
	return back
}

// unwrapBold removes a <b> that wraps the whole of back, as a toggle's
// answer written "<br><b>" … "</b></details>" across its paragraphs is: the
// tags would nest wrongly, and an answer all in bold is just the answer.
func unwrapBold(back string) string {
	i, j := strings.Index(back, "<b>"), strings.LastIndex(back, "</b>")
	if i < 0 || j < i || strings.Count(back, "<b>") != 1 || strings.Count(back, "</b>") != 1 ||
		visibleWord(back[:i]) || visibleWord(back[j+len("</b>"):]) {
		return back
	}
	return back[:i] + back[i+len("<b>"):j] + back[j+len("</b>"):]
}

// sourceLine returns file line l of the note body.
func (p *parsed) sourceLine(l int) string {
	i := l - 1 - p.lineShift
	if i < 0 || i >= len(p.lineStart) {
		return ""
	}
	end := len(p.src)
	if i+1 < len(p.lineStart) {
		end = p.lineStart[i+1] - 1
	}
	return string(p.src[p.lineStart[i]:end])
}

// stripMarkup removes emphasis and code markers from one line of source.
func stripMarkup(s string) string {
	return strings.TrimSpace(emphasisMarks.Replace(s))
}

// colonLinesAround makes the cards of the "Question::Answer" lines
// (Question::@::Answer in the spaced-repetition plugin) that open or end
// paragraph n, whose lines ls hold a cloze: "What is a dict?::@::A mapping"
// over "A dict uses {@{curly brackets}@}." is a card of its own, not the
// cloze card's first line. It returns the lines left for the cloze.
func (b *builder) colonLinesAround(n ast.Node, ls [][2]int, sc scope) [][2]int {
	for len(ls) > 1 && b.colonLine(n, ls[0]) {
		b.doubleColon(n, ls[0], sc)
		ls = ls[1:]
	}
	for len(ls) > 1 && b.colonLine(n, ls[len(ls)-1]) {
		b.doubleColon(n, ls[len(ls)-1], sc)
		ls = ls[:len(ls)-1]
	}
	return ls
}

// colonLine reports whether line r of n is a "Question::Answer" card
// without a cloze.
func (b *builder) colonLine(n ast.Node, r [2]int) bool {
	if hasCloze(b.p.src[r[0]:r[1]]) {
		return false
	}
	_, _, _, ok := b.p.colonCard(n, r)
	return ok
}

// labelledQuestion reports whether line r, the one line of paragraph par,
// is a question after a question's label and nothing else: "**Q1: What
// are chaotic maps?**" over its points, the answer's label left out, as
// study guides number their questions. It is a lead-in, not a Q/A card
// waiting for its "A:" line.
func (p *parsed) labelledQuestion(par ast.Node, r [2]int) bool {
	k, off := p.qaLabel(par, r)
	return k == "q" && off < r[1] && isQuestion(p.plain(par, off, r[1]))
}

// problemLabels and solutionLabels are the labels of a use case's problem
// and of the solution that answers it, in the order notes write them:
// "**Problem**: …" then "**Solution**: …".
var (
	problemLabels  = []string{"problem", "issue", "challenge"}
	solutionLabels = []string{"solution", "fix", "resolution"}
)

// problemPair makes a card from two bullets that state a problem and its
// solution, as scenario notes for a cloud exam write each use case: "-
// **Problem**: A team processes large datasets …" over "- **Solution**:
// Use Spot Instances …". The problem asks, as an exam's scenario does, and
// the solution answers; a "Solution" alone labels a worked answer, and one
// after a dash names a process ("Solution - rocks dissolve"), no card here.
func (b *builder) problemPair(q, a ast.Node, sc scope) bool {
	p := b.p
	ql, al := p.lines(q), p.lines(a)
	if len(ql) != 1 || len(al) != 1 {
		return false
	}
	raw := bytes.TrimLeft(p.src[ql[0][0]:ql[0][1]], "*_ ")
	if !slices.ContainsFunc(problemLabels, func(l string) bool { return len(raw) > len(l) && bytes.EqualFold(raw[:len(l)], []byte(l)) }) {
		return false // most bullets: no label to split for
	}
	labelIn := func(labels []string) func(string) bool {
		return func(t string) bool {
			return slices.Contains(labels, strings.ToLower(strings.TrimSpace(t)))
		}
	}
	sq, ok := p.partSplit(q, ql[0], labelIn(problemLabels))
	if !ok {
		return false
	}
	sa, ok := p.partSplit(a, al[0], labelIn(solutionLabels))
	if !ok {
		return false
	}
	if b.add(p.html(q, sq.defLo, sq.defHi), p.html(a, sa.defLo, sa.defHi), Basic, p.line(ql[0][0]), sc) {
		b.cover(q, a)
	}
	return true
}

// decisionInputs and decisionQuestions label the parts of a decision
// problem as complexity notes set it out: what an instance is given
// ("Input:", "Gegeben:", "Eingabe:") and what it asks ("Question:",
// "Frage:").
var (
	decisionInputs    = []string{"input", "instance", "given", "gegeben", "eingabe", "instanz"}
	decisionQuestions = []string{"question", "frage"}
)

// decisionProblem makes the card of a decision problem set out in bullets
// from items[i] on: "- Problem: SAT" over "- Gegeben: eine Formel F in KNF"
// and "- Frage: Gibt es eine Belegung …?" asks SAT for what it is given and
// asks, as a student learns the problem; apart, "Problem" → SAT and
// "Gegeben" → a formula asked nothing one could answer. It returns how many
// items the problem took, 0 when items[i] opens none: the name must be a
// few words, and an input and a question bullet follow it, one line each.
func (b *builder) decisionProblem(items []ast.Node, i int, sc scope) int {
	p := b.p
	if i+2 >= len(items) {
		return 0 // the quick test: a problem takes three items
	}
	head := itemHead(items[i])
	if head == nil || head.NextSibling() != nil || len(p.lines(head)) != 1 {
		return 0
	}
	name, ok := p.partSplit(head, p.lines(head)[0], func(t string) bool { return strings.EqualFold(strings.TrimSpace(t), "problem") })
	if !ok || countFields(p.plain(head, name.defLo, name.defHi)) > 4 {
		return 0
	}
	labelled := func(k int, labels []string) bool {
		h := itemHead(items[k])
		if h == nil || h.NextSibling() != nil || len(p.lines(h)) != 1 {
			return false
		}
		_, ok := p.partSplit(h, p.lines(h)[0], func(t string) bool { return slices.Contains(labels, strings.ToLower(strings.TrimSpace(t))) })
		return ok
	}
	if !labelled(i+1, decisionInputs) || !labelled(i+2, decisionQuestions) {
		return 0
	}
	back := p.html(itemHead(items[i+1]), 0, everything) + "<br>" + p.html(itemHead(items[i+2]), 0, everything)
	if b.add(p.html(head, name.defLo, name.defHi), back, Basic, p.lineOf(head), sc) {
		b.cover(items[i : i+3]...)
	}
	return 3
}

// emphasisMarks drops the marks of bold and code.
var emphasisMarks = strings.NewReplacer("**", "", "__", "", "`", "")

// headingAnswerList reports whether nodes[i] holds only an answer's label,
// "A:", under a heading that a question's label opens, "## Q: What are the
// KKT conditions?", over the list that answers: "1. **Stationarity**: ∇f =
// …", "2. **Feasibility**: …". The heading's card asks the whole list, so
// its items make no cards of their own, as under a question's paragraph
// (see labelApart). A heading that only asks, "## What are the main parts
// of a computer?" over "- **CPU** — the brain.", is no flashcard written as
// such: its items keep their cards.
func (b *builder) headingAnswerList(nodes []ast.Node, i int, sc scope) bool {
	if i+1 >= len(nodes) || len(sc.heads) == 0 || len(sc.parents) > 0 {
		return false
	}
	if _, ok := nodes[i].(*ast.Paragraph); !ok {
		return false
	}
	if l, ok := nodes[i+1].(*ast.List); !ok || isTaskList(l) {
		return false
	}
	al := b.p.lines(nodes[i])
	if len(al) != 1 || !bareAnswerLabel().Match(bytes.Trim(b.p.src[al[0][0]:al[0][1]], " *_")) {
		return false
	}
	if _, ok := cutLabel(sc.heads[len(sc.heads)-1].text, questionMarks); !ok {
		return false
	}
	b.cover(nodes[i], nodes[i+1])
	return true
}
