package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxQuotedAnswer bounds the paragraphs under a quoted question that
// answer it.
const maxQuotedAnswer = 3

// examImperatives end the prompt of a Japanese exam question, the classical
// imperative of the verbs that set one: 説明せよ (explain), 述べよ (state),
// 求めよ (find), 答えよ (answer).
var examImperatives = []string{"せよ", "べよ", "めよ", "えよ"}

// asksInQuote reports whether t, the last line of a quote, asks: a
// question of any script the extractor reads, one ended by the full-width
// "？", a Japanese exam prompt (examImperatives, its stop or not) or an
// exam's task that tallies its marks (see marksTask).
func asksInQuote(t string) bool {
	if isQuestion(t) || strings.HasSuffix(t, "？") || marksTask(t) {
		return true
	}
	t = strings.TrimSuffix(t, "。")
	for _, e := range examImperatives {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// quotedQuestion makes the card of a question set in a quote and answered
// by the paragraphs right under it, as self-test sections write them:
// "> LSTMとGRUの違いを簡潔に述べよ。" (state the difference between LSTM and
// GRU) over "LSTMよりGRUのほうが計算量が少ない。", "> Which weight is
// left?" over its answer. The quote's lines before its question set the
// question up and ask with it. A question too short to ask alone ("> Why?"
// between two paragraphs of a lecture) and a quote titled by a bold label
// ("> **QUESTION:**", a task set to the reader, over lecture text) ask
// nothing. It returns the index of the answer's last paragraph, or i when
// nodes[i] is no such quote.
func (b *builder) quotedQuestion(nodes []ast.Node, i int, sc scope) int {
	q := nodes[i]
	para, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || q.ChildCount() != 1 || i+1 >= len(nodes) {
		return i
	}
	if _, ok := nodes[i+1].(*ast.Paragraph); !ok {
		return i
	}
	if _, callout := b.p.calloutTitle(para); callout {
		return i
	}
	ls := b.p.lines(para)
	if len(ls) == 0 {
		return i
	}
	last := ls[len(ls)-1]
	asked := strings.TrimSpace(string(withoutTypedBreaks([]byte(b.p.plain(para, last[0], last[1])))))
	if !asksInQuote(asked) || !selfContained(asked) {
		return i
	}
	if first := strings.TrimSpace(b.p.plain(para, ls[0][0], ls[0][1])); len(ls) > 1 && b.p.boldOnlyLine(para, first) {
		return i // "> **QUESTION:**" over a question sets the reader a task
	}
	var back []string
	j := i
	for j+1 < len(nodes) && j-i < maxQuotedAnswer {
		a, ok := nodes[j+1].(*ast.Paragraph)
		if !ok || j > i && b.opensOwnCard(a) {
			break // "PCB: the kernel's record …" or "What does UDP …?" under the answer is the next card
		}
		back = append(back, b.p.html(a, 0, everything))
		j++
	}
	front := b.p.html(para, 0, everything)
	if marksTask(asked) {
		front = stripColon(front) // "> Explain … (3 marks):" asks without its colon
	}
	if b.add(front, strings.Join(back, "<br>"), Basic, b.p.lineOf(para), sc) {
		b.cover(nodes[i : j+1]...)
		return j
	}
	return i
}

// minQuotedQuestion is the fewest words a quoted question asks alone
// with; a question of a script written without spaces counts characters
// (minQuotedQuestionRunes).
const (
	minQuotedQuestion      = 3
	minQuotedQuestionRunes = 6
)

// selfContained reports whether question q can be asked without the text
// around it: three words, or six characters of a script written without
// spaces. "Why?" and "How?" go on the paragraph before them.
func selfContained(q string) bool {
	if countFields(q) >= minQuotedQuestion {
		return true
	}
	return hasSpaceScript(q) && utf8.RuneCountInString(q) >= minQuotedQuestionRunes
}

// boldOnlyLine reports whether line, the plain text of the first line of
// para, is only a label set in bold, "**QUESTION:**": the bold text that
// opens para is all the line holds, and it asks nothing.
func (p *parsed) boldOnlyLine(para ast.Node, line string) bool {
	e, ok := para.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 2 {
		return false
	}
	label := strings.TrimSpace(p.plain(para, p.startOf(e), p.endOf(e)))
	t := strings.TrimSpace(line)
	return label != "" && strings.Trim(label, "*_") == strings.Trim(t, "*_") && !strings.ContainsAny(t, "?？")
}

// opensOwnCard reports whether paragraph a, under the answer to a quoted
// question, opens a card of its own rather than carrying on that answer: a
// term defined with a label or a dash ("PCB: the kernel's record of a
// process."), or a question of its own ("What does UDP guarantee?"). A
// sentence that defines with a verb ("A thread is …") may still answer.
func (b *builder) opensOwnCard(a ast.Node) bool {
	ls := b.p.lines(a)
	if len(ls) == 0 {
		return false
	}
	if b.asksFirst(a, ls[0]) {
		return true
	}
	s, ok := b.p.splitLine(a, ls[0][0], ls[0][1])
	return ok && !isVerbSep(s.sep)
}
