package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// dialogue reports whether n, a paragraph or a list, is a dialogue or a
// run of records, each line a short label, a colon and what it says, the
// labels taking turns: "A: Hola, ¿cómo estás?" / "B: Bien, gracias." / "A:
// …", "- Teacher: …" / "- Student: …", "Input: 3" / "Output: 9" / "Input:
// 4". A label there names a speaker or a field, not a term: "A" is asked
// for nothing, and the block is left to its heading's card. Three lines at
// least, two to four labels, never the same twice in a row, each label
// twice on average or else every line a sentence said, ending in ".", "?"
// or "!" ("Daniel: …" / "Lea: …" / "Mama: …" / "Lea: …"): a glossary
// that repeats a term, "Nucleus: holds the DNA" / "Ribosome: …" /
// "Nucleus: controls the cell", keeps its cards. Q and A lines are
// questions and answers.
func (b *builder) dialogue(n ast.Node) bool {
	p := b.p
	var d turns
	switch n := n.(type) {
	case *ast.Paragraph:
		ls := p.lines(n)
		if len(ls) < 3 {
			return false
		}
		for _, r := range ls {
			if !d.add(p, n, r[0], r[1]) {
				return false
			}
		}
	case *ast.List:
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			h := itemHead(it)
			if h == nil || h.NextSibling() != nil {
				return false
			}
			ls := p.lines(h)
			if len(ls) != 1 || !d.add(p, h, ls[0][0], ls[0][1]) {
				return false
			}
		}
	default:
		return false
	}
	return d.taken()
}

// dialogueRun returns the index past a dialogue written a turn to a
// paragraph from nodes[i], each paragraph opening with a turn and any line
// under it one of its own or its translation: "**Ana:** ¿Cómo estás?",
// blank, "**Luis:** Bien, gracias." over "*Fine, thanks.*", blank,
// "**Ana:** …". The labels take turns as dialogue wants, each one word
// that names no field of a note ("**Definition:**" over "**Example:**"
// labels a term's parts), and a line asks, as speakers do; they are asked
// for nothing. It returns i when no such run of two paragraphs
// or more starts there.
func (b *builder) dialogueRun(nodes []ast.Node, i int) int {
	p := b.p
	var d turns
	spoken := func() bool { return d.asked && !d.fields && d.taken() }
	j := i
	for ; j < len(nodes); j++ {
		par, ok := nodes[j].(*ast.Paragraph)
		if !ok {
			break
		}
		ls := p.lines(par)
		if d.count == len(d.labels) {
			// Judged by its first turns, the dialogue goes on while a
			// paragraph opens with a turn: a glossary of a thousand
			// paragraphs is read once, not from each of its terms.
			if !spoken() {
				return i
			}
			var next turns
			if !next.add(p, par, ls[0][0], ls[0][1]) {
				break
			}
			continue
		}
		if !d.add(p, par, ls[0][0], ls[0][1]) || d.fields || d.distinct > 4 {
			break // no speaker's, or too many speakers: no dialogue, read no further
		}
		for _, r := range ls[1:] {
			d.add(p, par, r[0], r[1]) // a translation under a turn is no turn
		}
	}
	if j-i < 2 || !spoken() {
		return i
	}
	return j
}

// inDialogueRun reports whether paragraph n is a turn of a dialogue
// written a turn to a paragraph (see dialogueRun): "**Ana:** ¿Cómo
// estás?" over "*How are you?*" asks no question of its own there. The
// runs tried start at most as many paragraphs before n as a dialogue is
// judged by.
func (b *builder) inDialogueRun(n ast.Node) bool {
	var t turns
	first := n
	for k, prev := 0, n.PreviousSibling(); k < len(t.labels) && prev != nil && prev.Kind() == ast.KindParagraph; k, prev = k+1, prev.PreviousSibling() {
		first = prev
	}
	var nodes []ast.Node
	at := 0
	for c := first; c != nil && c.Kind() == ast.KindParagraph && len(nodes) <= at+len(t.labels); c = c.NextSibling() {
		if c == n {
			at = len(nodes)
		}
		nodes = append(nodes, c)
	}
	for i := 0; i <= at; i++ {
		if b.dialogueRun(nodes, i) > at {
			return true
		}
	}
	return false
}

// turns are the lines of a dialogue: a short label, a colon and what it
// says, as dialogue judges them.
type turns struct {
	labels   [8]string
	count    int
	quiet    bool // a line ends in no ".", "?", "!" or "…"
	distinct int  // the labels, each once
	asked    bool // a line asks
	fields   bool // a label names a field of a note, not a speaker: "Definition"
}

// add takes the line of par between lo and hi as the next turn, and
// reports whether it is one: a label of one or two words, capitalized and
// not a question's ("Q:"), not the last one's again.
func (d *turns) add(p *parsed, par ast.Node, lo, hi int) bool {
	if d.count == len(d.labels) {
		return true // enough lines to judge by
	}
	raw := p.src[lo:hi]
	if k := indexColon(raw); k <= 0 || k > 48 || bytes.Count(raw[:k], []byte(" ")) > 3 {
		return false // the quick test on the source: no short label before a colon
	}
	t := strings.TrimSpace(p.plain(par, lo, hi))
	k := strings.IndexAny(t, ":：")
	if k <= 0 || k > 24 || !hasWordChar(t[k:]) {
		return false
	}
	if _, ok := cutLabel(t, questionMarks); ok {
		return false
	}
	label := strings.TrimSpace(t[:k])
	r, _ := utf8.DecodeRuneInString(label)
	if countFields(label) > 2 || !unicode.IsUpper(r) {
		return false
	}
	label = strings.ToLower(label)
	if d.count > 0 && d.labels[d.count-1] == label {
		return false
	}
	if !strings.ContainsAny(t[len(t)-1:], ".?!") && !strings.HasSuffix(t, "…") {
		d.quiet = true
	}
	d.asked = d.asked || strings.ContainsAny(t[k:], "?？")
	d.fields = d.fields || !isName(label) || lookupLowerIn(label, turnLabels, definitionLabels, glossLabels, remarkLabels, exampleLabels, resultLabels)
	if !slices.Contains(d.labels[:d.count], label) {
		d.distinct++
	}
	d.labels[d.count] = label
	d.count++
	return true
}

// taken reports whether the turns make a dialogue: three lines at least,
// two to four labels, each twice on average or else every line a sentence
// said.
func (d *turns) taken() bool {
	if d.count < 3 {
		return false
	}
	return d.distinct >= 2 && d.distinct <= 4 && d.distinct < d.count && (2*d.distinct <= d.count || !d.quiet)
}

// isName reports whether label could name a speaker: one word of two
// letters or more, none a digit ("Q2" numbers a question).
func isName(label string) bool {
	n := 0
	for _, r := range label {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// turnLabels label a problem and its solution, not two speakers: "Problem:
// Why …?" over "Solution: …" is a question and its answer.
var turnLabels = map[string]bool{"problem": true, "solution": true, "question": true, "answer": true,
	"example": true, "note": true, "hint": true, "tip": true, "input": true, "output": true,
	"result": true, "explanation": true, "reason": true, "why": true, "how": true, "task": true,
	"exercise": true, "prompt": true, "response": true, "issue": true, "fix": true, "cause": true}
