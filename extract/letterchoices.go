package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// choiceMarks are the marks a student types after the right choice of a
// multiple-choice question: "B: 7 (correct)", "(b) Carbon dioxide ✓".
var choiceMarks = []string{"(correct)", "(Correct)", "*correct", "✅", "✔️", "✔", "✓"}

// choiceRun returns the end of the run of items from items[from] that are
// a multiple-choice question's choices, each one line lettered in order
// from A: "- A: Madrid", "- B: Sevilla", "- C: Bilbao". The run is at most
// eight items; from when items[from] is no choice A.
func (p *parsed) choiceRun(items []ast.Node, from int) int {
	k := from
	for k < len(items) && k-from < 8 {
		it := items[k]
		head := itemHead(it)
		if head == nil || it.ChildCount() != 1 || head.Lines().Len() != 1 {
			break
		}
		if !choiceLetter(segValue(head.Lines().At(0), p.src), byte(k-from)) {
			break
		}
		k++
	}
	return k
}

// choiceLetter reports whether line opens with the letter of choice k (0
// for A) and a text: "A: …", "B. …", "C) …", "(D) …", "**A.** …", or in
// lower case closed by a parenthesis, "a) …", "(b) …" ("a. …" letters an
// outline's parts).
func choiceLetter(line []byte, k byte) bool {
	t := bytes.TrimPrefix(bytes.TrimLeft(line, " \t"), []byte("**"))
	paren := len(t) > 0 && t[0] == '('
	if paren {
		t = t[1:]
	}
	if len(t) < 3 || k > 7 {
		return false
	}
	switch {
	case t[0] == 'A'+k && (t[1] == '.' || t[1] == ')' || t[1] == ':'):
	case t[0] == 'a'+k && t[1] == ')':
	default:
		return false
	}
	if paren && t[1] != ')' {
		return false
	}
	t = bytes.TrimPrefix(t[2:], []byte("**"))
	return len(t) > 1 && t[0] == ' ' && len(bytes.TrimSpace(t)) > 0
}

// choiceAnswer returns the capital letter that an "Answer: B" or "Answer:
// b" item or line names (see correctAnswer), or 0. A longer line names one
// only when it restates the choice, "Answer: b) To ensure the accuracy of
// the measurements.": "Answer: A lot of …" names none.
func choiceAnswer(t string) byte {
	t = strings.TrimSpace(t)
	m := correctAnswer().FindStringSubmatchIndex(t)
	if m == nil {
		return 0
	}
	letter := t[m[2]] &^ 0x20 // "Answer: b" names choice B
	if len(t) > 40 {
		at := m[2]
		if at > 0 && t[at-1] == '(' {
			at-- // "Answer: (b) …"
		}
		if !choiceLetter([]byte(t[at:]), letter-'A') {
			return 0
		}
	}
	return letter
}

// choiceRows returns the end of the run of lines ls[from:] that are a
// multiple-choice question's choices, lettered in order from A (see
// choiceLetter), at most eight, and the letter that the line right after
// them names, "Answer: C" typed with no blank line under "D. Zinc" (see
// choiceAnswer), or 0.
func (p *parsed) choiceRows(n ast.Node, ls [][2]int, from int) (end int, letter byte) {
	end = from
	for end < len(ls) && end-from < 8 && choiceLetter(p.src[ls[end][0]:ls[end][1]], byte(end-from)) {
		end++
	}
	if end-from >= 2 && end < len(ls) {
		letter = choiceAnswer(p.plain(n, ls[end][0], ls[end][1]))
	}
	return end, letter
}

// choiceExtra returns the HTML that the back of a multiple-choice card
// adds to its right choice, right: the answer's line ans of n when it says
// more than that choice, "Answer: b) The network layer routes packets …"
// over "b) Network", and the lines after it up to the block's end hi, an
// "Explanation: …".
func (p *parsed) choiceExtra(n ast.Node, ans [2]int, hi int, right string) string {
	var parts []string
	if line := p.plain(n, ans[0], ans[1]); len(line) > 40 && !restatesChoice(line, stripTags(right)) {
		lo := ans[0]
		if c := bytes.IndexByte(p.src[lo:ans[1]], ':'); c >= 0 {
			lo += c + 1 + len(p.src[lo+c+1:ans[1]]) - len(bytes.TrimLeft(p.src[lo+c+1:ans[1]], "* ")) // "**Answer:** b) …" says it without its label
		}
		parts = append(parts, p.html(n, lo, ans[1]))
	}
	if ans[1] < hi {
		parts = append(parts, p.html(n, ans[1], hi))
	}
	return strings.Join(parts, "<br>")
}

// restatesChoice reports whether an answer's line says the choice right
// and no more: "Answer: b) To ensure the accuracy." and "b) To ensure the
// accuracy", not "Answer: b) The network layer routes packets." and "b)
// Network".
func restatesChoice(line, right string) bool {
	letter, text, _ := strings.Cut(strings.TrimSpace(right), " ")
	_, said, ok := strings.Cut(line, letter)
	norm := func(s string) string { return strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".")) }
	return ok && norm(said) == norm(text)
}

// itemsHTML returns the HTML of the text of each of the items.
func (p *parsed) itemsHTML(items []ast.Node) []string {
	hs := make([]string, len(items))
	for i, it := range items {
		hs[i] = p.html(itemHead(it), 0, everything)
	}
	return hs
}

// choiceSides returns the sides of the card of a multiple-choice question,
// asked by HTML q over its choices, the HTML of each lettered choice: the
// question and its choices ask, their marks cut, and the marked choices
// answer ("B: 7" of "B: 7 (correct)", a choice all in bold, or the choice
// that letter names when it is not 0); with none marked, the question asks
// and its choices answer.
func choiceSides(q string, choices []string, letter byte) (front, back string) {
	lines := make([]string, 0, len(choices))
	var marked []string
	for i, h := range choices {
		right := letter == byte('A'+i)
		for _, m := range choiceMarks {
			if t, ok := strings.CutSuffix(strings.TrimSpace(h), m); ok {
				h, right = strings.TrimSpace(t), true
			}
		}
		if l, text, ok := strings.Cut(h, " "); ok && strings.HasPrefix(text, "<strong>") && strings.HasSuffix(text, "</strong>") && strings.Count(text, "<strong>") == 1 {
			h, right = l+" "+text[len("<strong>"):len(text)-len("</strong>")], true // "- b) **Jupiter**"
		} else if strings.HasPrefix(h, "<strong>") && strings.HasSuffix(h, "</strong>") && strings.Count(h, "<strong>") == 1 {
			h, right = h[len("<strong>"):len(h)-len("</strong>")], true // "- **B: Madrid**", its letter in bold too
		}
		lines = append(lines, h)
		if right {
			marked = append(marked, h)
		}
	}
	if len(marked) == 0 || len(marked) == len(choices) {
		return q, strings.Join(lines, "<br>")
	}
	return q + "<br>" + strings.Join(lines, "<br>"), strings.Join(marked, "<br>")
}

// asksAbove reports whether block n asks a question, its source holding a
// question mark (the quick test) and its text one question.
func (p *parsed) asksAbove(n ast.Node) bool {
	ls := p.lines(n)
	if len(ls) == 0 {
		return false
	}
	raw := p.src[ls[0][0]:ls[len(ls)-1][1]]
	return (bytes.IndexByte(raw, '?') >= 0 || bytes.Contains(raw, []byte("？"))) && isQuestion(strings.TrimSpace(p.plain(n, 0, everything)))
}

// choiceQuestion makes the card of list item items[i] when it asks a
// question over the sibling items that are its choices, "- What is the
// capital of Spain?" over "- A: Madrid", "- B: Sevilla", "- C: Bilbao", or
// over the same choices nested under it; an "- Answer: A" item after them,
// if any, names the right one. It returns the index of the last item the
// card took, or -1: the choices are no terms ("A" → "Madrid" was a card).
func (b *builder) choiceQuestion(items []ast.Node, i int, sc scope) int {
	p := b.p
	head := itemHead(items[i])
	if sub, ok := items[i].LastChild().(*ast.List); ok && items[i].ChildCount() == 2 && p.asksAbove(head) {
		choices := p.children(sub)
		if len(choices) < 2 || p.choiceRun(choices, 0) != len(choices) {
			return -1
		}
		front, back := choiceSides(p.html(head, 0, everything), p.itemsHTML(choices), 0)
		if b.add(front, back, Basic, p.lineOf(head), sc) {
			b.cover(items[i])
		}
		return i
	}
	if items[i].ChildCount() == 1 && b.choiceItem(head, sc) {
		b.cover(items[i])
		return i
	}
	if items[i].ChildCount() != 1 || i+2 >= len(items) || !p.asksAbove(head) {
		return -1
	}
	run := p.choiceRun(items, i+1)
	if run-(i+1) < 2 {
		return -1
	}
	end := run
	var letter byte
	if end < len(items) {
		if h := itemHead(items[end]); h != nil && items[end].ChildCount() == 1 {
			if letter = choiceAnswer(p.plain(h, 0, everything)); letter != 0 {
				end++
			}
		}
	}
	front, back := choiceSides(p.html(head, 0, everything), p.itemsHTML(items[i+1:run]), letter)
	if b.add(front, back, Basic, p.lineOf(head), sc) {
		b.cover(items[i:end]...)
	}
	return end - 1
}

// choiceItem makes the card of the paragraph head of a numbered item that
// holds its question's choices as lines, "1. Which service stores
// objects?" over "   A. EC2", "   B. S3", "   C. RDS" and "   **Answer:**
// B" in the same item: the question and the choices ask and the named
// choice answers, what follows the answer's line, an explanation, with it
// (see choiceExtra); with none named the choices answer. It reports
// whether it made the card.
func (b *builder) choiceItem(head ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) < 3 {
		return false
	}
	q := 1
	for q < len(ls) && q <= 3 && !choiceLetter(p.src[ls[q][0]:ls[q][1]], 0) {
		q++
	}
	if q == len(ls) || q > 3 || !isQuestion(p.plain(head, ls[0][0], ls[q-1][1])) {
		return false
	}
	k, letter := p.choiceRows(head, ls, q)
	if k-q < 2 || letter == 0 && (k != len(ls) || k-q < 3) {
		return false
	}
	choices := make([]string, 0, k-q)
	for _, l := range ls[q:k] {
		choices = append(choices, p.html(head, l[0], l[1]))
	}
	front, back := choiceSides(strings.ReplaceAll(p.html(head, ls[0][0], ls[q-1][1]), "<br>", " "), choices, letter)
	if letter != 0 {
		if more := p.choiceExtra(head, ls[k], ls[len(ls)-1][1], back); more != "" {
			back += "<br>" + more
		}
	}
	b.add(front, back, Basic, p.line(ls[0][0]), sc)
	return true
}

// choiceParagraph makes the card of paragraph nodes[i] when it asks a
// question over the block nodes[i+1] of its lettered choices, a list
// ("Which is a prime?" over "- A: 4", "- B: 7 (correct)", "- C: 9"), a
// paragraph of choice lines ("A. Hydrogen", "B. Oxygen", "C. Nitrogen") or
// one line of them ("A) docker ps  B) docker images  C) docker ls", see
// inlineChoices); a paragraph "Answer: B" right under them names the right
// one. Choices typed on one line ask one per line, and the card keeps the
// identity it had when the question asked alone. It returns the index of
// the last block the card took, or i.
func (b *builder) choiceParagraph(nodes []ast.Node, i int, sc scope) int {
	p := b.p
	var choices []string
	var letter byte
	extra := func(string) string { return "" }
	inline := false // the choices typed on one line
	if p.letteredList(nodes[i+1]) {
		if !p.asksAbove(nodes[i]) {
			return i
		}
		choices = p.itemsHTML(p.children(nodes[i+1]))
	} else if p.choiceLines(nodes[i+1]) && p.asksAbove(nodes[i]) {
		ls := p.lines(nodes[i+1])
		k, named := p.choiceRows(nodes[i+1], ls, 0)
		for _, l := range ls[:k] {
			choices = append(choices, p.html(nodes[i+1], l[0], l[1]))
		}
		if letter = named; letter != 0 {
			extra = func(right string) string { return p.choiceExtra(nodes[i+1], ls[k], ls[len(ls)-1][1], right) }
		}
	} else if inline = p.inlineChoiceLine(nodes[i+1]) && p.asksAbove(nodes[i]); inline {
		ls := p.lines(nodes[i+1]) // "A) docker ps  B) docker images  C) docker ls", one per line
		for _, s := range p.inlineChoices(ls[0][0], ls[0][1]) {
			choices = append(choices, p.html(nodes[i+1], s[0], s[1]))
		}
	} else {
		return i
	}
	end := i + 2
	named := nodes[i+1] // the block whose line names the right choice
	if end < len(nodes) && letter == 0 {
		if ans, ok := nodes[end].(*ast.Paragraph); ok {
			ls := p.lines(ans)
			if letter = choiceAnswer(p.plain(ans, ls[0][0], ls[0][1])); letter != 0 {
				extra = func(right string) string { return p.choiceExtra(ans, ls[0], ls[len(ls)-1][1], right) }
				named = ans
				end++
			}
		}
	}
	var why []ast.Node // "*Explanation:* etcd is …" under "**Correct answer: B**"
	if letter != 0 {
		why = p.explanationAfter(named)
		if end+len(why) > len(nodes) || len(why) > 0 && (nodes[end] != why[0] || nodes[end+len(why)-1] != why[len(why)-1]) {
			why = nil
		}
	}
	front, back := choiceSides(p.html(nodes[i], 0, everything), choices, letter)
	if more := extra(back); more != "" {
		back += "<br>" + more
	}
	if len(why) > 0 {
		back += "<br>" + p.blocksHTML(why)
		end += len(why)
	}
	if !b.add(front, back, Basic, p.lineOf(nodes[i]), sc) {
		return end - 1
	}
	b.cover(nodes[i:end]...)
	if c := &b.cards[len(b.cards)-1]; inline && c.Key == "" {
		c.Key, _, _ = strings.Cut(c.Front, "<br>") // "Which command lists images?", as it asked over its choices' line
	}
	return end - 1
}

// explanationAfter returns the blocks right after block n, the line that
// names a quiz's right choice, that explain that answer: a paragraph
// opening with the label of an explanation, "*Explanation:* etcd is the
// store …" or "**Rationale:** …", and the paragraphs and quotes after it,
// three blocks at most, when a heading, a rule or the note's end closes
// them; the labelled paragraph alone when anything else follows. It
// returns nil when no such paragraph follows n.
func (p *parsed) explanationAfter(n ast.Node) []ast.Node {
	first := n.NextSibling()
	if !p.explanationLabelled(first) {
		return nil
	}
	why := []ast.Node{first}
	m := first.NextSibling()
	for m != nil && len(why) < 3 && explanationBlock(m) && !p.metaLines(m) {
		why = append(why, m)
		m = m.NextSibling()
	}
	if m != nil && !closesQuestion(m) && !p.metaLines(m) {
		return why[:1]
	}
	return why
}

// choiceBlock reports whether n is a block of a question over its
// lettered choices that choiceParagraph makes a card of: the question's
// paragraph, the list of choices, or the "Answer: B" paragraph under them.
// Its heading's card would repeat the card.
func (p *parsed) choiceBlock(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph:
		if p.letteredList(n.NextSibling()) || p.choiceLines(n.NextSibling()) || p.inlineChoiceLine(n.NextSibling()) {
			return p.asksAbove(n)
		}
		if p.choiceLines(n) || p.inlineChoiceLine(n) {
			prev, ok := n.PreviousSibling().(*ast.Paragraph)
			return ok && p.asksAbove(prev)
		}
		prev := n.PreviousSibling()
		ls := p.lines(n)
		if prev != nil && len(ls) > 0 && (p.letteredList(prev) || p.choiceLines(prev) || p.inlineChoiceLine(prev)) && choiceAnswer(p.plain(n, ls[0][0], ls[0][1])) != 0 && p.choiceBlock(prev.PreviousSibling()) {
			return true
		}
		return p.explainsChoice(n)
	case *ast.List:
		if prev, ok := n.PreviousSibling().(*ast.Paragraph); ok && p.letteredList(n) {
			return p.asksAbove(prev)
		}
	}
	return false
}

// explainsChoice reports whether paragraph n is one of the blocks that
// explain the right choice of a question's block above them (see
// explanationAfter): "*Explanation:* etcd is …" under "**Correct answer:
// B**", and what follows it.
func (p *parsed) explainsChoice(n ast.Node) bool {
	label := n
	for k := 0; k < 2 && label != nil && !p.explanationLabelled(label); k++ {
		label = label.PreviousSibling()
	}
	if label == nil || !p.explanationLabelled(label) {
		return false
	}
	named := label.PreviousSibling()
	if named == nil || !p.choiceBlock(named) || !slices.Contains(p.explanationAfter(named), n) {
		return false
	}
	_, ok := named.(*ast.Paragraph)
	return ok
}

// explanationLabelled reports whether n is a paragraph that opens with the
// label of an explanation, a word of explanationWords and a colon:
// "*Explanation:* etcd is …", "**Rationale:** …".
func (p *parsed) explanationLabelled(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return false
	}
	line := segValue(par.Lines().At(0), p.src)
	c := bytes.IndexByte(line, ':')
	if c < 0 || c > len("**explanations**") {
		return false
	}
	label := strings.Trim(string(line[:c]), "*_ \t")
	return explanationWords[strings.ToLower(label)]
}

// letteredList reports whether n is a list of lettered choices alone (see
// choiceRun).
func (p *parsed) letteredList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok {
		return false
	}
	items := p.children(l)
	return len(items) >= 2 && p.choiceRun(items, 0) == len(items)
}

// choiceLines reports whether n is a paragraph of a multiple-choice
// question's choices typed as lines, not items: three to eight lines
// lettered in order from A, "A. Hydrogen", "B. Oxygen", "C. Nitrogen" (see
// choiceLetter), or two or more over the line that names the right one,
// "Answer: B", and maybe an explanation under it (see choiceRows). Two
// lines alone, "A. Smith" and "B. Jones", may name anything.
func (p *parsed) choiceLines(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() < 3 {
		return false
	}
	ls := p.lines(par)
	k, letter := p.choiceRows(par, ls, 0)
	return k == len(ls) && k >= 3 || letter != 0
}

// verdicts open the remark that tells a choice right or wrong in a
// reviewed practice question, "- A - Incorrect. The code …", "- D - is
// CORRECT. as …", longest first.
var verdicts = []string{"not correct", "is correct", "incorrect", "correct", "wrong", "right"}

// choiceVerdict reports whether term is a choice's letter and def tells it
// right or wrong, "B" and "Correct. The object …": the explanation of the
// question above, where "B" → "Correct" asks nothing. "Right" tells a
// verdict only alone or closed by a sign, "Right!", "right, as …", or
// over "answer": "d" → "right half of the screen" and "e" → "right-click
// menu" are keys' meanings.
func choiceVerdict(term, def []byte) bool {
	term = bytes.TrimSpace(term)
	if len(term) != 1 || term[0]|0x20 < 'a' || term[0]|0x20 > 'h' {
		return false
	}
	def = bytes.TrimLeft(def, " \t")
	for _, v := range verdicts {
		if len(def) < len(v) || !bytes.EqualFold(def[:len(v)], []byte(v)) {
			continue
		}
		rest := def[len(v):]
		if len(rest) > 0 && isASCIILetter(rest[0]) {
			continue
		}
		if w := bytes.TrimLeft(rest, " "); v == "right" && len(w) > 0 && (isASCIILetter(w[0]) && !bytes.HasPrefix(bytes.ToLower(w), []byte("answer")) || rest[0] == '-') {
			continue // "right half of the screen", "right-click menu"
		}
		return true
	}
	return false
}

// inlineChoices returns the spans, source offsets of line [lo, hi) of
// block n, of the choices that line letters in order from A, two to eight
// of them typed one after another: "A) docker ps  B) docker ls  C) docker
// run" (see choiceLetter). Each choice after the first opens past a space
// with the next letter and the first's sign, " B) ". It returns nil when
// the line opens with no choice A or letters fewer than two.
func (p *parsed) inlineChoices(lo, hi int) [][2]int {
	line := p.src[lo:hi]
	if !choiceLetter(line, 0) {
		return nil
	}
	at := len(line) - len(bytes.TrimLeft(line, " \t"))
	t := bytes.TrimPrefix(line[at:], []byte("**"))
	paren := t[0] == '('
	if paren {
		t = t[1:]
	}
	sign, lower := t[1], t[0] >= 'a'
	var spans [][2]int
	for k := byte(1); k < 8; k++ {
		letter := 'A' + k
		if lower {
			letter = 'a' + k
		}
		mark := []byte{' ', letter, sign, ' '}
		if paren {
			mark = []byte{' ', '(', letter, ')', ' '}
		}
		next := bytes.Index(line[at:], mark)
		if next < 0 {
			break
		}
		spans = append(spans, [2]int{lo + at, lo + at + next})
		at += next + 1
	}
	if len(spans) == 0 {
		return nil
	}
	spans = append(spans, [2]int{lo + at, hi})
	for i, s := range spans {
		for s[1] > s[0] && (p.src[s[1]-1] == ' ' || p.src[s[1]-1] == '\t') {
			s[1]--
		}
		spans[i] = s
	}
	return spans
}

// choiceHeading makes the card of a heading that asks a quiz's question
// over its lettered choices, as choiceParagraph does for a paragraph, and
// reports whether it did: "### 1. Which command lists running
// containers?" over "A) docker ps  B) docker ls  C) docker run" typed on
// one line (see inlineChoices), as lines or as items, and "**Answer:** A"
// under them or last of their lines. The heading and the choices ask, the
// named (or marked) choice answers, with the explanation under it (see
// explanationAfter). Nothing but rules may follow. The card keeps the
// identity the heading's card had when it asked the heading alone.
func (b *builder) choiceHeading(h heading, hn ast.Node, body []ast.Node) bool {
	p := b.p
	t := strings.TrimSpace(h.text)
	if _, ok := hn.(*ast.Heading); !ok || len(body) == 0 || !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") {
		return false
	}
	all := body
	for len(body) > 1 && p.metaLines(body[0]) {
		body = body[1:] // "**Difficulty:** Easy" over the choices
	}
	var choices []string
	var letter byte
	extra := func(string) string { return "" }
	named := body[0] // the block whose line names the right choice
	switch n := body[0].(type) {
	case *ast.List:
		if !p.letteredList(n) {
			return false
		}
		choices = p.itemsHTML(p.children(n))
	case *ast.Paragraph:
		ls := p.lines(n)
		k, said := p.choiceRows(n, ls, 0)
		switch {
		case len(ls) == 1:
			for _, s := range p.inlineChoices(ls[0][0], ls[0][1]) {
				choices = append(choices, p.html(n, s[0], s[1]))
			}
		case k >= 2 && (k == len(ls) || said != 0):
			for _, l := range ls[:k] {
				choices = append(choices, p.html(n, l[0], l[1]))
			}
			if letter = said; letter != 0 {
				extra = func(right string) string { return p.choiceExtra(n, ls[k], ls[len(ls)-1][1], right) }
			}
		}
	}
	if len(choices) < 2 {
		return false
	}
	end := 1
	if ans, ok := named.NextSibling().(*ast.Paragraph); ok && letter == 0 && end < len(body) && body[end] == ans {
		ls := p.lines(ans)
		if letter = choiceAnswer(p.plain(ans, ls[0][0], ls[0][1])); letter != 0 {
			extra = func(right string) string { return p.choiceExtra(ans, ls[0], ls[len(ls)-1][1], right) }
			named = ans
			end++
		}
	}
	if letter == 0 && len(choices) < 3 {
		return false // "A) yes  B) no" and no answer: maybe no quiz
	}
	var why []ast.Node
	if letter != 0 {
		why = p.explanationAfter(named)
	}
	if len(why) > 0 && end+len(why) <= len(body) && body[end] == why[0] {
		end += len(why)
	} else {
		why = nil
	}
	for _, n := range body[end:] {
		if !isRule(n) && !p.metaLines(n) {
			return false // more than the question's: the section is no one question
		}
	}
	front, back := choiceSides(h.html, choices, letter)
	if front == h.html {
		return false // no choice named or marked: the heading's card shows them all
	}
	if more := extra(back); more != "" {
		back += "<br>" + more
	}
	if len(why) > 0 {
		back += "<br>" + p.blocksHTML(why)
	}
	if !b.add(front, back, Basic, h.line, b.scope()) {
		return false
	}
	b.cover(append([]ast.Node{hn}, all...)...)
	c := &b.cards[len(b.cards)-1]
	if c.Key == "" {
		c.Key = h.was
	}
	if c.Key == "" {
		c.Key, _, _ = strings.Cut(c.Front, "<br>") // "Which command lists running containers?", as it asked before
	}
	return true
}

// quizMetaLabels label what a quiz note says about a question rather than
// what it asks: "**Difficulty:** Easy · **Type:** MCQ", "**Topic:**
// Networking".
var quizMetaLabels = map[string]bool{"difficulty": true, "level": true, "type": true, "question type": true,
	"topic": true, "subtopic": true, "category": true, "domain": true, "subject": true,
	"points": true, "marks": true, "tags": true, "source": true, "time": true}

// metaLines reports whether n is a paragraph whose every line gives only
// fields of quizMetaLabels, each a label, a colon and a short value, "Easy",
// parted by "·", "|", "•" or ";": "**Difficulty:** Easy · **Type:** MCQ".
func (p *parsed) metaLines(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 || par.Lines().Len() > 3 {
		return false
	}
	if c := bytes.IndexByte(segValue(par.Lines().At(0), p.src), ':'); c < 0 || c > len("**Question type") {
		return false // the quick test: no label opens its first line
	}
	for _, l := range p.lines(par) {
		for _, f := range strings.FieldsFunc(p.plain(par, l[0], l[1]), func(r rune) bool { return strings.ContainsRune("·|•;", r) }) {
			label, value, ok := strings.Cut(f, ":")
			value = strings.TrimSpace(value)
			if !ok || !quizMetaLabels[strings.ToLower(strings.TrimSpace(label))] || value == "" || len(value) > 40 {
				return false
			}
		}
	}
	return true
}

// quizMeta reports whether n is a paragraph of a quiz's fields (see
// metaLines) over or under a multiple-choice question, other fields'
// paragraphs aside: over the paragraph that asks it or its choices, under
// the line that names its answer or under the explanation under that
// line. It tells the student nothing to learn: "Q1: Difficulty" → "Easy"
// is no card, nor does the heading's card show it.
func (p *parsed) quizMeta(n ast.Node) bool {
	if !p.metaLines(n) {
		return false
	}
	next := n.NextSibling()
	for next != nil && p.metaLines(next) {
		next = next.NextSibling()
	}
	if next != nil && (p.letteredList(next) || p.choiceLines(next) || p.choiceBlock(next) || p.inlineChoiceLine(next)) {
		return true
	}
	prev := n.PreviousSibling()
	for prev != nil && p.metaLines(prev) {
		prev = prev.PreviousSibling()
	}
	if p.explanationLabelled(prev) {
		prev = prev.PreviousSibling() // "*Explanation:* …" under "**Answer:** A"
	}
	if par, ok := prev.(*ast.Paragraph); ok {
		ls := p.lines(par)
		return choiceAnswer(p.plain(par, ls[0][0], ls[0][1])) != 0 || p.choiceBlock(par)
	}
	return false
}

// inlineChoiceLine reports whether n is a paragraph of one line that
// letters three or more choices, "A) docker ps  B) docker ls  C) docker
// run" (see inlineChoices).
func (p *parsed) inlineChoiceLine(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	ls := p.lines(par)
	return len(p.inlineChoices(ls[0][0], ls[0][1])) >= 3
}

// answersChoices reports whether n is a paragraph whose first line names
// the right one of the lettered choices right above it (see choiceAnswer),
// "**Correct answer: B**" under "- A. RUN", "- B. FROM", "- C. CMD": the
// card of the question that asks over them answers with it.
func (p *parsed) answersChoices(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := p.lines(par)
	if first := p.src[ls[0][0]:ls[0][1]]; !bytes.Contains(first, []byte("nswer")) && !bytes.Contains(first, []byte("NSWER")) ||
		choiceAnswer(p.plain(par, ls[0][0], ls[0][1])) == 0 {
		return false // the quick test: no "Answer" in its first line
	}
	prev := n.PreviousSibling()
	return prev != nil && (p.letteredList(prev) || p.choiceLines(prev) || p.inlineChoiceLine(prev))
}
