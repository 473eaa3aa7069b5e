package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// labelNumber measures the question number that opens line before a Q:/A:
// label, "13. " or "4) ", up to three digits, or returns 0 when no number
// and no label's letter after it open the line.
func labelNumber(line []byte) int {
	d := 0
	for d < len(line) && d < 4 && line[d] >= '0' && line[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 || d+2 >= len(line) || line[d] != '.' && line[d] != ')' || line[d+1] != ' ' {
		return 0
	}
	k := d + 1
	for k < len(line) && line[k] == ' ' {
		k++
	}
	if k < len(line) && (line[k] == '*' || line[k] == '_') {
		return k // "**1.** **Q:** …"
	}
	if k >= len(line) || line[k]|0x20 != 'q' && line[k]|0x20 != 'a' {
		return 0
	}
	return k
}

// answerItem returns the answer a list holds when it is one item that
// opens with an answer's label, as students nest the answer under a
// question: "**1. Q: What is a deadlock?**" over "* **A:** A state …".
// The label's line and the blocks under it answer; a label alone on its
// line ("* **A:**" over a numbered list) is answered by the blocks.
func (b *builder) answerItem(a ast.Node) (string, []ast.Node, bool) {
	l, ok := a.(*ast.List)
	if !ok || l.ChildCount() != 1 || l.FirstChild().ChildCount() == 0 {
		return "", nil, false
	}
	first := l.FirstChild().FirstChild()
	ls := b.p.lines(first)
	if len(ls) == 0 {
		return "", nil, false
	}
	if k, off := b.p.qaLabel(first, ls[0]); k != "a" {
		return "", nil, false
	} else if rest := b.p.html(first, off, everything); strings.TrimSpace(stripTags(rest)) != "" {
		return "<p>" + rest + "</p>", siblingsAfter(first), true
	}
	return "", siblingsAfter(first), true
}

// labelledAnswerList returns the blocks under the label's line of n when n
// is a list of one item that opens with an answer's label, "A:", "Ans:" or
// a solution's, "Sol:", as Logseq nests the answer under its "#card"
// question: the label's line is the answer, not a term over a definition,
// and only the blocks under it make cards of their own.
func (p *parsed) labelledAnswerList(n ast.Node) ([]ast.Node, bool) {
	l, ok := n.(*ast.List)
	if !ok || l.ChildCount() != 1 {
		return nil, false
	}
	h := itemHead(l.FirstChild())
	if h == nil {
		return nil, false
	}
	ls := p.lines(h)
	if len(ls) == 0 {
		return nil, false
	}
	if k, _ := p.qaLabel(h, ls[0]); k != "a" && !solutionLabel(p.src[ls[0][0]:ls[0][1]]) {
		return nil, false
	}
	return siblingsAfter(h), true
}

// solutionLabel reports whether line opens with a solution's label, "Sol:"
// or "**Solution:**", which answers as "Answer:" does.
func solutionLabel(line []byte) bool {
	t := bytes.TrimLeft(line, " *_")
	w := asciiLetters(t)
	if !bytes.EqualFold(t[:w], []byte("sol")) && !bytes.EqualFold(t[:w], []byte("solution")) {
		return false
	}
	t = bytes.TrimLeft(t[w:], " *_")
	return len(t) > 0 && t[0] == ':'
}

// siblingsAfter returns the nodes that follow n under its parent.
func siblingsAfter(n ast.Node) []ast.Node {
	var out []ast.Node
	for c := n.NextSibling(); c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
}

// nestedAnswer makes the card of a one-line question q, "Q: …", whose
// text starts at qlo, over the list a whose only item answers it (see
// answerItem): back, then blocks. The lists of the answer make their own
// cards under the question.
func (b *builder) nestedAnswer(q, a ast.Node, r [2]int, qlo int, back string, blocks []ast.Node, sc scope) bool {
	p := b.p
	front := unwrapStrong(p.html(q, qlo, everything))
	if b.add(front, back+p.blocksHTML(blocks), Basic, p.line(r[0]), sc) {
		b.cover(q, a)
	}
	for _, n := range blocks {
		if l, ok := n.(*ast.List); ok {
			b.list(l, sc.with(contextText(front)))
		}
	}
	return true
}

// labelOverAnswer makes the card of a one-line question q, "Q14) Why …?",
// over the list item a after it, its sibling, that holds only an answer's
// label, "Ans:", over the blocks that answer: the question without its
// label, as nestedAnswer asks when the label's item is nested under it,
// and those blocks. A question without a label, "What is Git?", pairs so
// with an item labelled "Ans:" or "Answer:" (see wordAnswerItem), whose
// line may hold the answer; a number written "Q1 " before it counts the
// questions and is no part of the front. It reports whether q and a are
// such a pair.
func (b *builder) labelOverAnswer(q, a ast.Node, sc scope) bool {
	p := b.p
	ah, ql := itemHead(a), p.lines(q)
	blocks := p.children(a)
	if ah == nil || len(ql) != 1 {
		return false
	}
	kq, qlo := p.qaLabel(q, ql[0])
	if kq == "" {
		back, ok := p.wordAnswerItem(ah)
		if !ok || !isQuestion(p.plain(q, 0, everything)) || back == "" && len(blocks) < 2 {
			return false
		}
		if back != "" && len(blocks) > 1 {
			back = "<p>" + back + "</p>"
		}
		return b.nestedAnswer(q, a, ql[0], ql[0][0]+spacedQuestionNumber(p.src[ql[0][0]:ql[0][1]]), back, blocks[1:], sc)
	}
	if al := p.lines(ah); kq != "q" || len(al) != 1 || len(blocks) < 2 {
		return false
	} else if ka, alo := p.qaLabel(ah, al[0]); ka != "a" || strings.TrimSpace(stripTags(p.html(ah, alo, everything))) != "" {
		return false
	}
	return b.nestedAnswer(q, a, ql[0], qlo, "", blocks[1:], sc)
}

// spacedQuestionNumber measures the question's number that opens line and
// a space after it, "Q1 " of "Q1 What happens …?", or returns 0. Alone it
// may name a quarter, "Q4 revenue"; over an answer's label it counts.
func spacedQuestionNumber(line []byte) int {
	if len(line) < 3 || line[0] != 'Q' {
		return 0
	}
	d := 1
	for d < len(line) && d < 5 && line[d] >= '0' && line[d] <= '9' {
		d++
	}
	if d == 1 || d == 5 || d >= len(line) || line[d] != ' ' {
		return 0
	}
	return d + 1
}

// wordAnswerItem returns the answer on the line of h, a list item's first
// block, after the label that opens it when that label is a word, "Ans:"
// or "**Answer:**", not the letter "A:" that also opens a choice, and
// whether h opens so. The answer is "" when the label stands alone.
func (p *parsed) wordAnswerItem(h ast.Node) (string, bool) {
	ls := p.lines(h)
	if len(ls) == 0 {
		return "", false
	}
	k, off := p.qaLabel(h, ls[0])
	if w := asciiLetters(bytes.TrimLeft(p.src[ls[0][0]:ls[0][1]], " *_")); k != "a" || w < 3 {
		return "", false
	}
	back := p.html(h, off, everything)
	if strings.TrimSpace(stripTags(back)) == "" {
		return "", true
	}
	return back, true
}

// qaItems reports whether n is a list of questions and answers alone,
// each question's item followed by its answer's: "- Q: What is TCP?" over
// "- A: A reliable transport.", or "- What is Git?" over "- Ans: …". Each
// pair is a card (see qaPair and labelOverAnswer), and a heading's card
// over the list would repeat them.
func (p *parsed) qaItems(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || l.ChildCount() < 2 || l.ChildCount()%2 != 0 {
		return false
	}
	for q := l.FirstChild(); q != nil; q = q.NextSibling().NextSibling() {
		qh, ah := itemHead(q), itemHead(q.NextSibling())
		if qh == nil || ah == nil || q.ChildCount() != 1 {
			return false
		}
		ql, al := p.lines(qh), p.lines(ah)
		if len(ql) != 1 || len(al) == 0 {
			return false
		}
		kq, _ := p.qaLabel(qh, ql[0])
		if ka, _ := p.qaLabel(ah, al[0]); kq == "q" && ka == "a" {
			continue
		}
		if _, ok := p.wordAnswerItem(ah); !ok || kq != "" || !isQuestion(p.plain(qh, 0, everything)) {
			return false
		}
	}
	return true
}

// cutBoldNumber returns the front HTML h of a heading without the number
// inside the bold that wraps it, as a plain heading's is cut: "### **1. Is
// Python compiled?**" and "### **Q3. What is a list?**" ask the question.
func cutBoldNumber(h string) string {
	inner, ok := strings.CutPrefix(h, "<strong>")
	if !ok || !strings.HasSuffix(inner, "</strong>") {
		return h
	}
	if t := cutFrontNumbering(h); t != h {
		return t
	}
	if t, ok := cutQuestionNumber(inner); ok && strings.HasSuffix(t, "</strong>") && hasWordChar(stripTags(t)) {
		return "<strong>" + t
	}
	return h
}

// asksOrPrompts reports whether the plain front f is a question or a
// sentence that prompts for one, "Tell me about a mistake you've made.".
func asksOrPrompts(f string) bool {
	f = strings.TrimSpace(f)
	return strings.HasSuffix(f, "?") || strings.HasSuffix(f, ".") && countFields(f) >= 4
}

// onlyQuestionItems reports whether back, a list's HTML, holds only items
// that ask, "<ul><li>How did you handle it?</li></ul>": the follow-up
// questions of an interview prompt, not its answer.
func onlyQuestionItems(back string) bool {
	if !strings.Contains(back, "?") && !strings.Contains(back, "&") {
		return false // no item can end with "?", not even after its entities
	}
	inner, ok := strings.CutPrefix(back, "<ul><li>")
	if inner, ok2 := strings.CutSuffix(inner, "</li></ul>"); ok && ok2 {
		for it := range strings.SplitSeq(inner, "</li><li>") {
			if strings.Contains(it, "<ul") || strings.Contains(it, "<ol") || strings.Contains(it, "<p") ||
				!strings.HasSuffix(strings.TrimSpace(stripTags(it)), "?") {
				return false
			}
		}
		return true
	}
	return false
}

// remarkLead reports whether whole, the text of a one-line lead-in, is only
// a remark's label, "🔍 Easy Explanation:", under a heading that asks: its
// list explains the heading's answer, on the heading's card, and names no
// part of its own.
func remarkLead(whole string, sc scope) bool {
	if len(sc.parents) > 0 || len(sc.heads) == 0 || !strings.HasSuffix(strings.TrimSpace(sc.heads[len(sc.heads)-1].text), "?") {
		return false
	}
	t, ok := strings.CutSuffix(strings.TrimSpace(whole), ":")
	if !ok || len(t) > 40 {
		return false
	}
	w := strings.Fields(strings.ToLower(strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })))
	return len(w) > 0 && len(w) <= 2 && labels[w[len(w)-1]]
}

// codeStatement reports whether a card of front pf (plain) and back is a
// line of JavaScript pasted without a fence, split at its "=": a
// declaration, "var myFunction = Welcome("John");", or an identifier given
// a literal or a call, "message = "The variable Has been hoisted";".
func codeStatement(pf, back string) bool {
	if isDeclarator(pf) {
		first, _, _ := strings.Cut(back, "<br")
		first, _, _ = strings.Cut(strings.TrimSpace(stripTags(first)), "\n")
		first, _, _ = strings.Cut(first, " //") // "{'y', '\0'}; // the nul byte"
		return strings.HasSuffix(strings.TrimSpace(first), ";")
	}
	kw, name, ok := strings.Cut(pf, " ")
	if !ok {
		name = kw
	} else if kw != "var" && kw != "let" && kw != "const" {
		return false
	}
	if strings.IndexByte(back, ';') < 0 && (!ok || strings.IndexByte(back, '{') < 0) || !isMemberName(name) {
		return false // the quick test: a statement ends with ";", a declaration may open a block
	}
	first, _, _ := strings.Cut(back, "<br")
	first, _, _ = strings.Cut(strings.TrimSpace(stripTags(first)), "\n")
	first = strings.TrimSpace(first)
	if ok && (strings.HasSuffix(first, ";") || strings.HasSuffix(first, "{")) {
		return true
	}
	return strings.HasSuffix(first, ";") && (strings.HasPrefix(first, `"`) || strings.HasPrefix(first, "&quot;") || strings.HasPrefix(first, "'") || strings.HasSuffix(first, ");"))
}

// isDeclarator reports whether pf, the text before a line's "=", declares
// a pointer or an array as C, C++ and Java do: a type and a name, one of
// them marked "*" or "[]" ("char *myString", "char[] s", "int *p").
func isDeclarator(pf string) bool {
	typ, name, ok := strings.Cut(pf, " ")
	if !ok || !strings.ContainsAny(pf, "*[") {
		return false
	}
	typ = strings.TrimRight(typ, "*[]")
	name = strings.TrimLeft(strings.TrimSpace(name), "*")
	if i := strings.IndexByte(name, '['); i > 0 && strings.HasSuffix(name, "]") {
		name = name[:i]
	}
	return isIdentifier(typ) && isIdentifier(name)
}

// isMemberName reports whether s is an identifier or a member of one,
// "obj.newProp" as "obj.newProp = "newValue";" sets it.
func isMemberName(s string) bool {
	for part := range strings.SplitSeq(s, ".") {
		if !isIdentifier(part) {
			return false
		}
	}
	return true
}

// cssDeclaration reports whether a card of front pf (plain) and back is a
// declaration of a CSS rule pasted without a fence, split at its colon:
// "padding: 20px;" or "background-color: red;" between ".box {" and "}".
// The front is a property, perhaps asked with its heading, lower-case words joined by hyphens, and the
// back a value of a few words that ends with the rule's ";".
func cssDeclaration(pf, back string) bool {
	if i := strings.LastIndex(pf, ": "); i >= 0 {
		pf = pf[i+2:] // "Midterm Review notes: font-size": asked with its heading
	}
	if len(pf) > len("grid-template-columns") || pf == "" || pf[0] < 'a' || pf[0] > 'z' {
		return false // the quick test, before the back is searched
	}
	for _, c := range []byte(pf) {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	first, _, _ := strings.Cut(back, "<br")
	if !strings.HasSuffix(first, ";") {
		return false // the rule's "}" may follow on the next line
	}
	v := stripTags(first)
	return countFields(v) <= 4 && !strings.Contains(v, ". ") && strings.Count(v, ";") == 1
}

// maxInstructionWords is the longest instruction asksWithInstruction reads
// after a question: "Include complete punctuation:".
const maxInstructionWords = 8

// asksWithInstruction reports whether t is a quiz's question followed by
// how to answer it, "How would you float an element to the right? Include
// complete punctuation:": a question, then a short sentence that opens in
// capitals and leads in with its colon the answer on the lines below. A
// sentence without that colon ("Is it safe? No.") answers the question
// itself and leads nothing in.
func asksWithInstruction(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	i := strings.LastIndex(t, "? ")
	if i < 0 || !isQuestion(t[:i+1]) {
		return false
	}
	rest := strings.TrimSpace(t[i+2:])
	n := countFields(rest)
	return n >= 2 && n <= maxInstructionWords && rest[0] >= 'A' && rest[0] <= 'Z'
}

// uncontracted returns w without the contraction it ends with: "What’s"
// and "what's" are "What" and "what", "Who're" is "Who"; a word with no
// apostrophe, or one that opens with it, is returned whole.
func uncontracted(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}

// asksToDo reports whether t, a line set in bold over its answer, is an
// exam's prompt that asks without a question mark: a command word and what
// it asks for ("Explain two methods for defining a primary key.", see
// isExamQuestion), or a question and then such an order ("What two ways can
// the sort be written? Give an example of each.").
func asksToDo(t string) bool {
	t = strings.TrimSpace(t)
	if isExamQuestion(t) || isPrompt(t) {
		return true
	}
	i := strings.LastIndex(t, "? ")
	if i < 0 || !isQuestion(t[:i+1]) {
		return false
	}
	rest := strings.TrimSpace(t[i+2:])
	return isExamQuestion(rest) || isPrompt(rest)
}

// asksBeforeSep reports whether term, the text before sep, is a question
// its writer left without a question mark, as students quiz themselves a
// line each: "what is Throughput = rate at which bits are received",
// "Which layer provides node to node connectivity: Layer 2 data link",
// "What is the lowest-level mode in Cisco IOS - user EXEC mode". It opens
// with a wh-word that asks whatever follows it (askOpeners: "when" and
// "where" open conditions, "where v = velocity"), has three words or more
// ("How many = 3" asks nothing), or four before a colon, where "How it
// works:" labels a section, and twelve at most in one sentence, as long
// as isTerm lets a question be.
func asksBeforeSep(term, sep string) bool {
	term = strings.TrimSpace(term)
	if sep != "=" && sep != ":" && !isDash(sep) || strings.Contains(term, "?") {
		return false
	}
	first, _, _ := strings.Cut(term, " ")
	if !lookupLower(askOpeners, uncontracted(unmarked(first))) {
		return false
	}
	if n := countFields(term); n < 3 || n > 12 || sep == ":" && !asksUnmarked(term) {
		return false
	}
	return !strings.ContainsAny(term, ";!") && !strings.Contains(term, ". ") && !strings.HasSuffix(term, ".") && !strings.Contains(term, "://")
}
