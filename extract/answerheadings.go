package extract

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// Headings that answer the section above them: notes exported from Notion
// or typed from a course's problem sets put each question under a heading
// of its own and its answer under an "Answer" heading right after it:
//
//	## Question 1
//	**Shortest directed cycle.** Given a digraph, find …
//	## Answer
//	Run BFS from each vertex …

// answeredSection makes the card of the section that heading h opens at
// nodes[i], its body running to nodes[j], when the heading at nodes[j], of
// h's level, or deeper right under a question's heading, only says that it
// answers it ("Answer", "Solution", "Lösung"):
// the question, or the section's text under a heading that only numbers
// it ("Question 1"), asks for the answer's section, whose lines are that
// answer and make no cards of their own. It returns the index of the block
// after the answer, or i when h is answered by no such heading.
func (b *builder) answeredSection(nodes []ast.Node, i, j int, h heading) int {
	if j >= len(nodes) {
		return i
	}
	a, ok := b.headingOf(nodes[j])
	if !ok || a.level < h.level || a.level > h.level && (j > i+1 || !isQuestion(h.text)) {
		return i // a deeper heading answers only a question right over it: "## What is X?" over "### Answer"
	}
	if !answerHeading(a.text) {
		if k := b.exhibitAnswered(nodes, i, j, h, a); k > i {
			return k
		}
		return b.labeledAnswer(nodes, i, j, h, a)
	}
	k := b.nextHeading(nodes, j+1)
	question, answer := b.content(nodes[i+1:j]), b.content(nodes[j+1:k])
	if len(answer) == 0 {
		return b.labeledAnswer(nodes, i, j, h, a) // "## Answer: 42" holds its answer
	}
	front := h.html
	switch {
	case numbersQuestion(h.text) && len(question) == 0:
		return i // "## Question 3" over nothing asks nothing
	case numbersQuestion(h.text):
		front = b.p.blocksHTML(question)
	case len(question) > 0:
		front += "<br>" + b.p.blocksHTML(question)
	}
	if b.add(front, b.p.blocksHTML(answer), Basic, h.line, b.scope()) {
		b.cover(nodes[i:k]...)
	} else {
		b.skip(nodes[i:k]...)
	}
	return k
}

// exhibitAnswered makes the card of exercise heading h at nodes[i] when
// the section of heading a at nodes[j], of its level, only shows what the
// exercise works on and an answer heading of that level follows it, as an
// SQL course writes each lesson: "## Exercise" over "Display the names …",
// "## Sample Table" over the table, then "## Answer" over the query. The
// exercise, with the section it works on, asks for the answer, whose
// section ends at the next heading; the card keeps the identity it had when
// the middle section asked for the answer alone ("Sample Table" and its
// table). It returns the index of the block after the answer, or i when
// the headings are not so laid out.
func (b *builder) exhibitAnswered(nodes []ast.Node, i, j int, h, a heading) int {
	if a.level != h.level || !numbersQuestion(h.text) && !isQuestion(h.text) || numbersQuestion(a.text) || isQuestion(a.text) || labeledAnswerHeading(a.text) {
		return i
	}
	m := b.nextHeading(nodes, j+1)
	if m == len(nodes) {
		return i
	}
	if ans, _ := b.headingOf(nodes[m]); ans.level != h.level || !answerHeading(ans.text) {
		return i
	}
	k := b.nextHeading(nodes, m+1)
	question, exhibit, answer := b.content(nodes[i+1:j]), b.content(nodes[j+1:m]), b.content(nodes[m+1:k])
	if len(answer) == 0 || len(exhibit) == 0 || numbersQuestion(h.text) && len(question) == 0 {
		return i
	}
	table := b.p.blocksHTML(exhibit)
	front := h.html
	switch {
	case numbersQuestion(h.text):
		front = b.p.blocksHTML(question)
	case len(question) > 0:
		front += "<br>" + b.p.blocksHTML(question)
	}
	if b.add(front+"<p>"+a.html+"</p>"+table, b.p.blocksHTML(answer), Basic, h.line, b.scope()) {
		b.cards[len(b.cards)-1].Key = a.html + "<br>" + table
		b.cover(nodes[i:k]...)
	} else {
		b.skip(nodes[i:k]...)
	}
	return k
}

// labeledAnswer makes the card of question heading h at nodes[i] when
// heading a at nodes[j], of its level, answers it, each opening with its
// label: "##### Question: How to combine the last few commits into one"
// over "##### Solution: `squash`: `git rebase -i HEAD~3`"; a heading that
// asks, "## What is the answer to life?", needs no label over "## Answer: 42". The question asks
// for the answer's text after its label and the blocks under it, to the
// next heading, as answeredSection's answer runs: a long note may be cut
// into chunks before any heading but an answer's (see chunkStarts). It
// returns the index of the block after the answer, or i when the headings
// are not so labeled.
func (b *builder) labeledAnswer(nodes []ast.Node, i, j int, h, a heading) int {
	front, ok := afterLabel(questionWords, h.text, h.html)
	if !ok && isQuestion(h.text) {
		front, ok = h.html, true // "## What is the answer to life?" over "## Answer: 42"
	}
	if !ok {
		return i
	}
	back, ok := afterLabel(answerWords, a.text, a.html)
	if !ok {
		return i
	}
	k := b.nextHeading(nodes, j+1)
	if question := b.content(nodes[i+1 : j]); len(question) > 0 {
		front += "<br>" + b.p.blocksHTML(question)
	}
	if under := b.content(nodes[j+1 : k]); len(under) > 0 {
		back = "<p>" + back + "</p>" + b.p.blocksHTML(under)
	}
	if b.add(front, back, Basic, h.line, b.scope()) {
		b.cover(nodes[i:k]...)
	} else {
		b.skip(nodes[i:k]...)
	}
	return k
}

// afterLabel returns the HTML of a heading, its plain text and its HTML,
// after the label that opens it, one of words and a colon: "Solution:
// `squash`" gives "<code>squash</code>"; false when no such label opens it
// or nothing follows it.
func afterLabel(words map[string]bool, text, html string) (string, bool) {
	label, rest, ok := strings.Cut(text, ":")
	if !ok || !words[strings.ToLower(strings.TrimSpace(label))] || strings.TrimSpace(rest) == "" {
		return "", false
	}
	hl, after, ok := strings.Cut(html, ":")
	if !ok || !strings.EqualFold(strings.TrimSpace(hl), strings.TrimSpace(label)) || strings.TrimSpace(after) == "" {
		return "", false
	}
	return strings.TrimSpace(after), true
}

// answerHeading reports whether heading text t only says that its section
// answers the one above it: "Answer", "Solution 2", "Lösung:".
func answerHeading(t string) bool {
	return answerWords[labelWord(t)]
}

// labeledAnswerHeading reports whether heading text t opens with a label
// that says its section answers the one above it, "Solution: `squash`"
// (see labeledAnswer).
func labeledAnswerHeading(t string) bool {
	label, _, ok := strings.Cut(t, ":")
	return ok && answerWords[strings.ToLower(strings.TrimSpace(label))]
}

// numbersQuestion reports whether heading text t only numbers a question,
// "Question 1", "Q3", "Problem 2.1", "Aufgabe 4": the text under it asks.
func numbersQuestion(t string) bool {
	return questionWords[labelWord(t)]
}

// labelWord returns heading text t in lower case without its numbers,
// punctuation and the spaces around them: "Question 1." gives "question".
func labelWord(t string) string {
	return strings.ToLower(strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSpace(r)
	}))
}

// answerWords are the headings that only say their section is the answer,
// in the languages the extractor reads. "Answers" in the plural heads an
// answer key, or points to one ("## Answers" over "(see slide 6)"): it
// answers no one section.
var answerWords = map[string]bool{
	"answer": true, "ans": true, "solution": true,
	"antwort": true, "lösung": true, "réponse": true, "respuesta": true, "solución": true,
	"resposta": true, "solução": true, "risposta": true, "soluzione": true, "antwoord": true,
	"oplossing": true, "odpowiedź": true, "rozwiązanie": true, "jawaban": true, "cevap": true,
	"đáp án": true, "lời giải": true, "答案": true, "解答": true, "回答": true, "答え": true,
}

// questionWords are the labels that number a question or an exercise.
var questionWords = map[string]bool{
	"question": true, "q": true, "problem": true, "exercise": true, "task": true,
	"frage": true, "aufgabe": true, "übung": true, "exercice": true, "problème": true,
	"pregunta": true, "ejercicio": true, "problema": true, "esercizio": true, "domanda": true,
	"vraag": true, "opgave": true, "pytanie": true, "zadanie": true, "soal": true, "问题": true, "题目": true,
	"問題": true, "題目": true,
}

// nextHeading returns the index of the first heading in nodes from index
// from on, or len(nodes) when none follows: where a section that opens
// before from ends ("## Answer" over the query, up to "## Exercise").
func (b *builder) nextHeading(nodes []ast.Node, from int) int {
	for k := from; k < len(nodes); k++ {
		if _, ok := b.headingOf(nodes[k]); ok {
			return k
		}
	}
	return len(nodes)
}
