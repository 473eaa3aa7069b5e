package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// quizLead matches the number that opens a quiz's question, or is all of
// it: "1.", "№11", "Q3)".
var quizLead = lazyRegexp(`^(№|#|Q|No\.?)?\s?\d{1,3}[.):]?(\s|$)`)

// opensQuizLead reports whether t opens with quizLead. The quick test: its
// first byte opens "№", "#", "Q", "No", a space or a digit.
func opensQuizLead(t string) bool {
	return t != "" && (isDigit(rune(t[0])) || strings.IndexByte("#QN \t\n\f\r\xe2", t[0]) >= 0) && quizLead().MatchString(t)
}

// tickedChoices makes the card of a quiz's question typed over its choices
// as a task list, the right ones ticked: "**№2** What does this print?",
// its code, then "- [ ] null", "- [x] object". The question, what lies
// between and the choices, their boxes left out, ask; the ticked choices
// answer, with the explanation typed under them when a rule or the
// section's end closes it. It returns the index of the last node the card
// took, or i when nodes[i] asks no such question.
func (b *builder) tickedChoices(nodes []ast.Node, i int, sc scope) int {
	p := b.p
	j := p.askedChoices(nodes, i)
	if j < 0 || !p.surelyQuiz(nodes, i, j) {
		return i
	}
	l := nodes[j].(*ast.List)
	k := j + 1
	for k < len(nodes) && k-j <= 3 && explanationBlock(nodes[k]) && !p.quizQuestion(nodes[k]) {
		k++
	}
	if k < len(nodes) && !closesQuestion(nodes[k]) {
		k = j + 1 // what follows may be anything: no explanation
	}
	front := p.html(nodes[i], 0, everything) + "<br>" + p.unboxedHTML(nodes[i+1:j+1])
	back := p.tickedHTML(l)
	if k > j+1 {
		back += "<br>" + p.blocksHTML(nodes[j+1:k])
	}
	if b.add(front, back, Basic, p.line(p.startOf(nodes[i])), sc) {
		b.cover(nodes[i:k]...)
	}
	return k - 1
}

// tickedHeading makes the card of a heading that asks a quiz's question
// over its choices typed as a task list, "### Which port does HTTPS use?"
// over "- [ ] 80" and "- [x] 443", as tickedChoices does for a paragraph,
// and reports whether it did: the explanation under the choices, up to a
// rule, answers with them. A heading that asks nothing, "## Chores", over a
// to-do list is no quiz. Under a heading that only labels the question,
// "## Question 1", the paragraph that asks it, "Which port does HTTPS
// use?", opens the front, its choices shown unticked.
func (b *builder) tickedHeading(h heading, hn ast.Node, body []ast.Node) bool {
	p := b.p
	if _, ok := hn.(*ast.Heading); !ok {
		return false
	}
	t := strings.TrimSpace(h.text)
	q := 0 // 1 when a question's paragraph under "## Question 1" asks
	if questionLabel(t) && len(body) > 0 && p.quizQuestion(body[0]) {
		q = 1
	}
	j := q
	for j < len(body) && j-q < 2 && p.stemPart(body[j]) {
		j++
	}
	if j >= len(body) {
		return false
	}
	l, ok := body[j].(*ast.List)
	if !ok || !p.choiceList(l, false) {
		return false
	}
	if q == 0 && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") && !opensQuizLead(t) && !p.trueFalse(l) {
		return false
	}
	k := j + 1
	for k < len(body) && k-j <= 3 && explanationBlock(body[k]) && !p.quizQuestion(body[k]) {
		k++
	}
	for m := k; m < len(body); m++ {
		if !isRule(body[m]) {
			return false // more than the question's: the section is no one question
		}
	}
	back := p.tickedHTML(l)
	if k > j+1 {
		back += "<br>" + p.blocksHTML(body[j+1:k])
	}
	front := h.html + "<br>" + p.unboxedHTML(body[:j+1])
	if q == 1 {
		front = p.html(body[0], 0, everything) + "<br>" + p.untickedHTML(body[1:j+1])
	}
	if b.add(front, back, Basic, h.line, b.scope()) {
		b.cover(append([]ast.Node{hn}, body...)...)
	}
	return true
}

// askedChoices returns the index of the task list of choices that
// nodes[i] asks a quiz's question over, the code it asks about between,
// or -1.
func (p *parsed) askedChoices(nodes []ast.Node, i int) int {
	if !p.quizQuestion(nodes[i]) {
		return -1
	}
	j := i + 1
	for j < len(nodes) && j-i <= 2 && p.stemPart(nodes[j]) {
		j++
	}
	if j >= len(nodes) {
		return -1
	}
	if l, ok := nodes[j].(*ast.List); ok && p.choiceList(l, false) {
		return j
	}
	return -1
}

// surelyQuiz reports whether question nodes[i] over the task list nodes[j]
// is a quiz's, not a to-do list under a question ("What should I finish
// this week?"): it asks about code, is numbered or labelled, is answered
// True or False, or another question over its choices stands near it.
func (p *parsed) surelyQuiz(nodes []ast.Node, i, j int) bool {
	t := strings.TrimSpace(p.plain(nodes[i], 0, everything))
	if j > i+1 || opensQuizLead(t) || p.questionLabelled(nodes[i]) || p.trueFalse(nodes[j].(*ast.List)) {
		return true
	}
	for k := max(0, i-6); k < min(len(nodes), j+8); k++ {
		if (k < i || k > j) && p.askedChoices(nodes, k) >= 0 {
			return true
		}
	}
	return false
}

// trueFalse reports whether task list l chooses between True and False
// (or Yes and No).
func (p *parsed) trueFalse(l *ast.List) bool {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := itemHead(it)
		if head == nil {
			return false
		}
		switch strings.ToLower(strings.Trim(p.plain(head, 0, everything), "☑☐ ")) {
		case "true", "false", "yes", "no":
		default:
			return false
		}
	}
	return true
}

// tickedItems makes a card of each item of list l when quizItems holds,
// and reports whether it did.
func (b *builder) tickedItems(l *ast.List, sc scope) bool {
	p := b.p
	if !p.quizItems(l) {
		return false
	}
	for _, it := range p.children(l) {
		head, sub := itemHead(it), it.LastChild().(*ast.List)
		front := p.html(head, 0, everything) + "<br>" + p.unboxedHTML([]ast.Node{sub})
		if b.add(front, p.tickedHTML(sub), Basic, p.line(p.startOf(head)), sc) {
			b.cover(it)
		}
	}
	return true
}

// quizList reports whether n is a list that quizItems holds.
func (b *builder) quizList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	return ok && b.p.quizItems(l)
}

// quizItems reports whether every item of list l asks a quiz's question
// over its choices nested as a task list, "- Q. Object names must be
// unique only within a bucket" over "- [x] True" and "- [ ] False". A
// question alone is a quiz's when it is labelled or numbered, or answered
// True or False; a labelled one may tick every choice ("Q. Which storage
// classes are offered?").
func (p *parsed) quizItems(l *ast.List) bool {
	items := p.children(l)
	for _, it := range items {
		head := itemHead(it)
		sub, ok := it.LastChild().(*ast.List)
		if head == nil || it.ChildCount() != 2 || !ok || !p.quizQuestion(head) || !p.choiceList(sub, p.questionLabelled(head)) {
			return false
		}
		t := strings.TrimSpace(p.plain(head, 0, everything))
		if len(items) == 1 && !opensQuizLead(t) && !p.questionLabelled(head) && !p.trueFalse(sub) {
			return false
		}
	}
	return len(items) > 0
}

// quizQuestion reports whether n is a paragraph that asks a quiz's
// question: it ends with a question mark, opens with a question's label
// ("Q. …") or is its number ("**№11**").
func (p *parsed) quizQuestion(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return false
	}
	t := strings.TrimSpace(p.plain(n, 0, everything))
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") || opensQuizLead(t) || p.questionLabelled(n)
}

// questionLabelled reports whether paragraph n opens with a question's
// label, "Q. …" or "Q1: …".
func (p *parsed) questionLabelled(n ast.Node) bool {
	ls := p.lines(n)
	if len(ls) == 0 {
		return false
	}
	kind, _ := p.qaLabel(n, ls[0])
	return kind == "q"
}

// stemPart reports whether n may stand between a quiz's question and its
// choices as what the question asks about: code, or one line that asks
// nothing ("console.log(null === null);").
func (p *parsed) stemPart(n ast.Node) bool {
	switch n.(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return true
	case *ast.Paragraph:
		return n.Lines().Len() == 1 && !p.quizQuestion(n)
	}
	return false
}

// choiceList reports whether l holds a quiz's choices: two to eight task
// items of one line each, some ticked and, unless all may be, some not.
func (p *parsed) choiceList(l *ast.List, allTicked bool) bool {
	items := p.children(l)
	if len(items) < 2 || len(items) > 8 || !isTaskList(l) {
		return false
	}
	ticked := 0
	for _, it := range items {
		head := itemHead(it)
		if it.ChildCount() != 1 || head == nil || head.Lines().Len() != 1 {
			return false
		}
		if box, ok := head.FirstChild().(*east.TaskCheckBox); ok && box.IsChecked {
			ticked++
		}
	}
	return ticked > 0 && (ticked < len(items) || allTicked)
}

// explanationBlock reports whether n may explain a quiz's answer under its
// choices: a paragraph or a quote.
func explanationBlock(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.Blockquote:
		return true
	}
	return false
}

// closesQuestion reports whether n ends a quiz's question and what explains
// its answer: a rule or a heading.
func closesQuestion(n ast.Node) bool {
	switch n.(type) {
	case *ast.ThematicBreak, *ast.Heading:
		return true
	}
	return false
}

// unboxedHTML renders nodes as blocksHTML does, a task list's boxes left
// out: a quiz's choices ask without their ticks.
func (p *parsed) unboxedHTML(nodes []ast.Node) string {
	r := p.newRenderer(false)
	r.noBoxes = true
	for _, n := range nodes {
		r.block(n, len(nodes) > 1)
	}
	return trimBreaks(removeEmptyParas(r.close()))
}

// untickedHTML renders nodes as blocksHTML does, a ticked box shown
// unticked and a ticked choice all in bold written plain: the front of a
// quiz's question over its choices, "☐ a common source stage" and "☐ a
// differential pair", not "☑ **a differential pair**", which its back
// answers.
func (p *parsed) untickedHTML(nodes []ast.Node) string {
	r := p.newRenderer(false)
	r.unticked = true
	for _, n := range nodes {
		r.block(n, len(nodes) > 1)
	}
	return trimBreaks(removeEmptyParas(r.close()))
}

// tickedWhole reports whether emphasis e is all of a ticked choice's
// text after its box: "- [x] **a differential pair**".
func (p *parsed) tickedWhole(e *ast.Emphasis) bool {
	box, ok := e.PreviousSibling().(*east.TaskCheckBox)
	if !ok || !box.IsChecked || box.PreviousSibling() != nil {
		return false
	}
	for n := e.NextSibling(); n != nil; n = n.NextSibling() {
		t, ok := n.(*ast.Text)
		if !ok || len(bytes.TrimSpace(t.Segment.Value(p.src))) > 0 {
			return false
		}
	}
	return true
}

// tickedHTML renders the ticked items of task list l, one a line, without
// their boxes.
func (p *parsed) tickedHTML(l *ast.List) string {
	var ticked []string
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := itemHead(it)
		if box, ok := head.FirstChild().(*east.TaskCheckBox); ok && box.IsChecked {
			r := p.newRenderer(false)
			r.noBoxes = true
			r.inlines(head, 0, everything)
			ticked = append(ticked, trimBreaks(r.close()))
		}
	}
	return strings.Join(ticked, "<br>")
}

// codeAnswer makes the card of a question over the code it asks about and
// the answer labelled under that code: "**2.2:** Guess the output?" over a
// fence, then "**Ans:** 24". The question and its code ask; the text after
// the label answers. It returns the index of the answer's paragraph, or i
// when nodes[i] asks no such question.
func (b *builder) codeAnswer(nodes []ast.Node, i int, sc scope) int {
	p := b.p
	j := i + 1
	for j < len(nodes) && j-i <= 2 && isCodeBlock(nodes[j]) {
		j++
	}
	if j == i+1 || j >= len(nodes) || !p.quizQuestion(nodes[i]) {
		return i
	}
	a, ok := nodes[j].(*ast.Paragraph)
	if !ok || a.Lines().Len() == 0 {
		return i
	}
	ls := p.lines(a)
	kind, off := p.qaLabel(a, ls[0])
	if kind != "a" || off >= ls[len(ls)-1][1] {
		return i // no label, or one with nothing after it
	}
	front := p.html(nodes[i], 0, everything) + "<br>" + p.blocksHTML(nodes[i+1:j])
	if b.add(front, p.html(a, off, everything), Basic, p.line(p.startOf(nodes[i])), sc) {
		b.cover(nodes[i : j+1]...)
	}
	return j
}

// isCodeBlock reports whether n is a fenced or an indented code block.
func isCodeBlock(n ast.Node) bool {
	switch n.(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return true
	}
	return false
}
