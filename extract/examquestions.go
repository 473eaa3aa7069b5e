package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// commandWords open the questions of exam papers and mark schemes: "Describe
// two ways in which the accumulator is used. (2 marks)".
var commandWords = map[string]bool{
	"describe": true, "explain": true, "state": true, "name": true, "give": true, "identify": true,
	"outline": true, "compare": true, "evaluate": true, "calculate": true, "define": true,
	"suggest": true, "discuss": true, "justify": true, "list": true, "analyse": true, "analyze": true,
	"assess": true, "contrast": true, "determine": true, "estimate": true, "examine": true,
	"explore": true, "label": true, "predict": true, "show": true, "sketch": true, "summarise": true,
	"summarize": true, "deduce": true, "derive": true, "distinguish": true, "complete": true,
}

// commandObjects may follow a command word in a question: what it asks for,
// "Describe the role", "Explain why", "Name and describe", "Give an
// example", "State two". A noun after it ("State governments", "List
// comprehension", "Name servers") makes a statement or a name.
var commandObjects = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "how": true, "why": true, "what": true,
	"which": true, "who": true, "when": true, "where": true, "whether": true, "your": true,
	"briefly": true, "fully": true, "clearly": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "some": true, "any": true, "each": true, "all": true,
	"this": true, "these": true, "that": true, "its": true, "their": true, "with": true,
	"between": true, // "Distinguish between Char and VarChar."
}

// isExamQuestion reports whether t, a bullet's text, asks as an exam
// question does: a command word, then what it asks for. Over nested mark
// points it is their question, though it is as long as a sentence and ends
// with a full stop: "Describe the role of the control unit in the
// processor." over "Decodes instructions. [1]".
func isExamQuestion(t string) bool {
	var fields [2]string // the first two words, when there is a third
	n := 0
	for f := range strings.FieldsSeq(t) {
		if n == 2 {
			return lookupLower(commandWords, strings.Trim(fields[0], "*_")) && lookupLower(commandObjects, strings.Trim(fields[1], "*_,"))
		}
		fields[n] = f
		n++
	}
	return false
}

// ifAnswer makes the card of an exam tip written as a condition over its
// answer, each a paragraph of one line: "If many devices share one public
// IP:" over "Answer = PAT (NAT Overload)" asks "If many devices share one
// public IP" → "PAT (NAT Overload)", one card per tip, where the tips
// were only their heading's answer. The condition opens with "If" or
// "When" and ends with its colon; the answer opens with "Answer" and "="
// or ":".
func (b *builder) ifAnswer(q, a ast.Node, sc scope) bool {
	p := b.p
	ql, al := p.lines(q), p.lines(a)
	if len(ql) != 1 || len(al) != 1 {
		return false
	}
	if _, ok := a.(*ast.Paragraph); !ok {
		return false
	}
	qt := bytes.TrimSpace(p.src[ql[0][0]:ql[0][1]])
	if len(qt) < 6 || qt[len(qt)-1] != ':' || !bytes.HasPrefix(qt, []byte("If ")) && !bytes.HasPrefix(qt, []byte("When ")) {
		return false
	}
	line := p.src[al[0][0]:al[0][1]]
	at := bytes.TrimLeft(line, " ")
	if len(at) < 8 || !bytes.EqualFold(at[:6], []byte("answer")) {
		return false
	}
	rest := bytes.TrimLeft(at[6:], " ")
	if len(rest) < 2 || rest[0] != '=' && rest[0] != ':' || !hasWordCharBytes(rest[1:]) {
		return false
	}
	from := al[0][1] - len(rest) + 1
	front := stripColon(p.html(q, ql[0][0], everything))
	if b.add(front, strings.TrimSpace(p.html(a, from, everything)), Basic, p.line(ql[0][0]), sc) {
		b.cover(q, a)
	}
	return true
}

// maxAnswerBulletWords is the longest answer, in words, answerBullet takes
// from the bullet under a numbered question.
const maxAnswerBulletWords = 6

// answerBullet makes the card of a numbered question or statement alone in
// its list whose answer is the one short bullet right under it, as a quiz's
// review writes them: "1. An ordered list cannot be nested inside an
// unordered list." over "- FALSE", "3. PHP variables start w/?" over "- $".
// A statement asks only when its answer is a truth value (see truthValue):
// "1. Preheat the oven" over "- 180 degrees" is a step and its detail. It
// returns the index of the answer's list, or i when nodes[i] is no such
// question. A question or answer holding a cloze deletion stays the cloze
// the student typed.
func (b *builder) answerBullet(nodes []ast.Node, i int, sc scope) int {
	l := nodes[i].(*ast.List)
	if i+1 >= len(nodes) || !l.IsOrdered() || l.ChildCount() != 1 || l.FirstChild().ChildCount() != 1 {
		return i
	}
	q, ok := l.FirstChild().FirstChild().(*ast.TextBlock)
	if !ok || q.Lines().Len() != 1 {
		return i
	}
	a, ok := nodes[i+1].(*ast.List)
	if !ok || a.IsOrdered() || a.ChildCount() != 1 || a.FirstChild().ChildCount() != 1 {
		return i
	}
	at, ok := a.FirstChild().FirstChild().(*ast.TextBlock)
	if !ok || at.Lines().Len() != 1 || b.clozeAny(q) || b.clozeAny(at) {
		return i // "1. {{c1::Mitosis}} makes two cells" is a cloze the student wrote
	}
	ans := strings.TrimSpace(b.p.plain(at, 0, everything))
	if ans == "" || countFields(ans) > maxAnswerBulletWords {
		return i
	}
	if v, truth := truthValue(ans); (!truth || v > 1) && !b.p.numberedQuestion(l) {
		return i
	}
	if b.add(b.p.html(q, 0, everything), b.p.html(at, 0, everything), Basic, b.p.lineOf(q), sc) {
		b.cover(nodes[i : i+2]...)
	}
	return i + 1
}

// quizCommands open a quiz's instruction beside the exam's command words:
// "Select the correct account type.", "Choose two."
var quizCommands = map[string]bool{"select": true, "choose": true, "pick": true}

// asksQuiz reports whether t, a bullet's text over its answer, is a quiz's
// question that ends without a question mark: a scenario and then the task
// it sets, "You are creating a Google Cloud account for your own personal
// projects. Select the correct account type.", a question and then how to
// answer it, "Which statements are true? Select the most appropriate
// response.", or a sentence with a blank to fill, "Kubernetes works with _
// files to specify the resources that we need." or "… are __ commands.".
// Steps of a procedure, "Open the console. Select the project.", ask
// nothing.
func asksQuiz(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ".") || countFields(t) < 4 {
		return false // the quick test first: a full stop ends it
	}
	if hasBlank(t) {
		return true
	}
	i := lastSentenceEnd(t)
	if i < 0 {
		return false
	}
	task := strings.Fields(t[i+2:])
	if len(task) < 2 || task[0][0] < 'A' || task[0][0] > 'Z' || imperativeStep(t[:i+1]) {
		return false // "Open the console. Select the project." is two steps
	}
	verb := strings.ToLower(task[0])
	return quizCommands[verb] || commandWords[verb] && commandObjects[strings.ToLower(task[1])]
}

// lastSentenceEnd returns the index of the last ". " or "? " in t, or -1:
// one read back from its end, where two searches for the last of each
// hashed all of t.
func lastSentenceEnd(t string) int {
	for i := len(t) - 2; i >= 0; i-- {
		if t[i+1] == ' ' && (t[i] == '.' || t[i] == '?') {
			return i
		}
	}
	return -1
}

// hasBlank reports whether t holds a blank to fill, a word of underscores
// alone: "are __ commands", "works with _ files".
func hasBlank(t string) bool {
	if strings.IndexByte(t, '_') < 0 {
		return false // the quick test: no underscore
	}
	for f := range strings.FieldsSeq(t) {
		if strings.Trim(f, "_.,;:") == "" && strings.Contains(f, "_") {
			return true
		}
	}
	return false
}

// marksTask reports whether t, a line over its answer, is an exam's task
// that tallies its marks, as students copy one to answer it: a command
// word, the task, then "(3 marks)" or "[4 marks]", its colon or full stop
// after it or not: "Explain interactional synchrony (3 marks):".
func marksTask(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ":.")
	first, _, _ := strings.Cut(t, " ")
	if !lookupLower(commandWords, strings.Trim(first, "*_")) || countFields(t) < 4 {
		return false
	}
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, " marks)") && !strings.HasSuffix(t, " marks]") && !strings.HasSuffix(t, " mark)") && !strings.HasSuffix(t, " mark]") {
		return false
	}
	open := strings.LastIndexAny(t, "([")
	if open < 0 {
		return false
	}
	n, _, _ := strings.Cut(t[open+1:], " ")
	return n != "" && strings.Trim(n, "0123456789") == ""
}
