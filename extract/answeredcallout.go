package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// askingCalloutTypes are the callout types that set the reader a question
// or a task; Obsidian reads "help" and "faq" as "question".
var askingCalloutTypes = map[string]bool{
	"question": true, "help": true, "faq": true, "exercise": true, "problem": true, "quiz": true,
}

// answerCalloutTypes are the callout types that answer the one above them,
// "> [!success] Answer" under "> [!question]".
var answerCalloutTypes = map[string]bool{"answer": true, "solution": true, "success": true}

// calloutHeadOf returns the type, in lower case, and the written title of
// the callout that blockquote n opens: "" when the callout has none, as
// "> [!Question]" has none. ok is false when n opens no callout.
func (p *parsed) calloutHeadOf(n ast.Node) (kind, title string, ok bool) {
	q, isQuote := n.(*ast.Blockquote)
	if !isQuote || q.FirstChild() == nil {
		return "", "", false
	}
	if _, ok := p.calloutTitle(q.FirstChild()); !ok {
		return "", "", false
	}
	first := q.FirstChild().Lines().At(0)
	m := calloutHead().FindStringSubmatch(p.plain(q.FirstChild(), first.Start, first.Stop))
	if m == nil {
		return "", "", false
	}
	return strings.ToLower(m[1]), strings.TrimSpace(m[2]), true
}

// asksExercise reports whether n is a callout that sets a question or a
// task, "> [!question]", "> [!problem]", or an example titled as an
// exercise, "> [!example] Exercise 3".
func (p *parsed) asksExercise(n ast.Node) bool {
	kind, title, ok := p.calloutHeadOf(n)
	if !ok {
		return false
	}
	return askingCalloutTypes[kind] || kind == "example" && exerciseTitle(title)
}

// exerciseTitle reports whether callout title t opens with "Exercise",
// "Exercise 2.3: Limits".
func exerciseTitle(t string) bool {
	f, _, _ := strings.Cut(t, " ")
	return labelWord(f) == "exercise"
}

// answersCallout reports whether n is a callout that answers the one
// above it: of an answer's type ("> [!success] Answer", "> [!solution]-")
// or titled as an answer ("> [!note]- Answer").
func (p *parsed) answersCallout(n ast.Node) bool {
	kind, title, ok := p.calloutHeadOf(n)
	if !ok {
		return false
	}
	if answerCalloutTypes[kind] {
		return true
	}
	label, _, _ := strings.Cut(title, ":")
	return title != "" && answerHeading(label)
}

// explanationWords are the first words of a callout title that explains
// the answer above it, "> [!note]- Explanation".
var explanationWords = map[string]bool{"explanation": true, "explanations": true, "rationale": true, "reasoning": true}

// explanationTitle reports whether callout title t opens with a word of
// explanationWords, "Explanation" or "Explanation: the header …", and
// returns what it says after that word and a colon.
func explanationTitle(t string) (rest string, ok bool) {
	i := strings.IndexAny(t, " :")
	if i < 0 {
		i = len(t)
	}
	if !explanationWords[strings.ToLower(t[:i])] {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t[i:]), ":")), true
}

// explainsAnswer reports whether n is a callout titled as an explanation,
// "> [!note]- Explanation", right under the answer callout of a question
// callout, or under a question callout holding its answer: it joins that
// answer's back.
func (p *parsed) explainsAnswer(n ast.Node) bool {
	_, title, ok := p.calloutHeadOf(n)
	if !ok {
		return false
	}
	if _, ok := explanationTitle(title); !ok {
		return false
	}
	above := n.PreviousSibling()
	if p.asksExercise(above) {
		return p.answerInside(above) != nil
	}
	return p.answersCallout(above) && p.asksExercise(above.PreviousSibling())
}

// answeredPair reports whether n is one of a question callout, the
// answer callout right under it and the explanation under that, or a
// question callout holding its answer callout last (see answerInside):
// answeredCallout makes them one card, which the heading's card would
// repeat.
func (b *builder) answeredPair(n ast.Node) bool {
	p := b.p
	if p.asksExercise(n) {
		return p.answersCallout(n.NextSibling()) || p.answerInside(n) != nil
	}
	return p.answersCallout(n) && p.asksExercise(n.PreviousSibling()) || p.explainsAnswer(n)
}

// answerInside returns the answer callout that question callout n holds
// as its last block, "> > [!check]- Solution" in "> [!question]", or nil.
func (p *parsed) answerInside(n ast.Node) ast.Node {
	last := n.LastChild()
	if last == n.FirstChild() || !p.answersCallout(last) {
		return nil
	}
	return last
}

// answeredCallout makes one card of the question callout nodes[i] and
// the callout that answers it, right under it or last inside it, as quiz
// notes write them: "> [!Question]" over "> **Which team was handed the
// case?**", then "> [!Success] Answer" over "> Digital Forensics". The
// question's title and text ask, the answer's text (and the text of its
// title after "Answer:") answers, followed by the text of a "> [!note]-
// Explanation" callout under it; none makes cards of its own. It
// returns the index of the last block read and whether nodes[i] is such a
// question.
func (b *builder) answeredCallout(nodes []ast.Node, i int, sc scope) (int, bool) {
	p := b.p
	q := nodes[i]
	if !p.asksExercise(q) {
		return i, false
	}
	end, answer, asked := i, p.answerInside(q), p.children(q)
	if answer != nil {
		asked = asked[:len(asked)-1]
	} else if i+1 < len(nodes) && p.answersCallout(nodes[i+1]) {
		end, answer = i+1, nodes[i+1]
	} else {
		return i, false
	}
	front := b.calloutText(q, asked, true)
	back := b.calloutText(answer, p.children(answer), false)
	if front == "" || back == "" {
		return i, false
	}
	if end+1 < len(nodes) && p.explainsAnswer(nodes[end+1]) {
		end++
		if more := b.calloutText(nodes[end], p.children(nodes[end]), false); more != "" {
			back += "<br>" + more
		}
	}
	if b.add(front, back, Basic, p.lineOf(q.FirstChild()), sc) {
		b.cover(nodes[i : end+1]...)
	} else {
		b.skip(nodes[i : end+1]...)
	}
	return end, true
}

// calloutText returns the HTML of callout q's title and blocks, the first
// of them its head paragraph: a question's title asks with its text, one
// that only names its type ("Question") does not; an answer's title gives
// only what follows "Answer:" in it, an explanation's what follows
// "Explanation".
func (b *builder) calloutText(q ast.Node, blocks []ast.Node, asks bool) string {
	p := b.p
	_, title, _ := p.calloutHeadOf(q)
	var parts []string
	if asks && title != "" {
		parts = append(parts, escapeText(title))
	} else if label, given, ok := strings.Cut(title, ":"); !asks && ok && answerHeading(label) && strings.TrimSpace(given) != "" {
		parts = append(parts, escapeText(strings.TrimSpace(given)))
	} else if rest, ok := explanationTitle(title); !asks && ok && rest != "" {
		parts = append(parts, escapeText(rest))
	}
	first := blocks[0]
	if ls := p.lines(first); len(ls) > 1 {
		parts = append(parts, p.html(first, ls[1][0], everything))
	}
	if len(blocks) > 1 && asks {
		parts = append(parts, p.untickedHTML(blocks[1:]))
	} else if len(blocks) > 1 {
		parts = append(parts, p.blocksHTML(blocks[1:]))
	}
	return strings.Join(parts, "<br>")
}
