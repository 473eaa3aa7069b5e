package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// namingVerbs end the words that name a term after its definition: "the
// theory that moral statements do not have truth values is called
// **non-cognitivism**", "This is known as **deadlock**".
var namingVerbs = [][]byte{[]byte(" called"), []byte(" known as"), []byte(" termed"), []byte(" referred to as")}

// namingBe are the forms of "be", with the adverbs students put after them,
// that come right before a naming verb: "is called", "are also known as".
var namingBe = [][]byte{[]byte(" is"), []byte(" are"), []byte(" was"), []byte(" were"), []byte(" be"),
	[]byte(" is also"), []byte(" are also"), []byte(" is often"), []byte(" are often"),
	[]byte(" is sometimes"), []byte(" is commonly"), []byte(" are commonly")}

// calledTerm splits a reverse definition, whose term comes after what it
// defines, set in emphasis after "is called" or "is known as": "In
// Meta-Ethics, the theory that moral statements do not have truth values
// is called **non-cognitivism**" asks "non-cognitivism" and answers with
// its sentence, as definedIf answers "A space is **compact** if …". The
// term must end the line or its clause ("**Blind write**, i.e. writing
// before reading"): "is called an **orthogonal** matrix" names "orthogonal
// matrix", not its bold word. A sentence whose subject is one word, "This is
// called **File Organisation**.", names what the sentences before it
// define; and only a block's first line is read: "This translation process
// is referred to as **DNS resolution**." under "**DNS** - port 53"
// continues the card of DNS.
func (p *parsed) calledTerm(n ast.Node, lo, hi int) (split, bool) {
	if n.Lines() == nil || n.Lines().Len() == 0 || lo >= n.Lines().At(0).Stop {
		return split{}, false
	}
	line := p.src[lo:hi]
	if !hasEmphasisMark(line) || !bytes.Contains(line, []byte(" called ")) && !bytes.Contains(line, []byte(" known as ")) &&
		!bytes.Contains(line, []byte(" termed ")) && !bytes.Contains(line, []byte(" referred to as ")) {
		return split{}, false // the quick tests: no emphasis, or nothing named
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		e, ok := c.(*ast.Emphasis)
		if !ok {
			continue
		}
		start, end := p.startOf(e), p.endOf(e)
		if start < lo || end < 0 || end > hi {
			continue
		}
		if s, ok := p.namedAfter(e, lo, start, end, hi); ok {
			return s, true
		}
	}
	return split{}, false
}

// namedAfter returns the split of calledTerm for emphasis e, whose text
// runs from start to end on the line lo to hi, when the words before it
// name it ("… is called **X**") and it ends the clause.
func (p *parsed) namedAfter(e *ast.Emphasis, lo, start, end, hi int) (split, bool) {
	before := bytes.TrimRight(p.src[lo:start], "*_")
	for _, a := range []string{" the ", " a ", " an "} {
		if bytes.HasSuffix(before, []byte(a)) {
			before = before[:len(before)-len(a)+1] // "is called the **Bourgeoisie**"
			break
		}
	}
	subject, ok := cutNamingVerb(before)
	if !ok {
		return split{}, false
	}
	from := lo + sentenceStart(subject) // where the term's sentence starts
	if countFields(string(p.src[from:lo+len(subject)])) < 2 {
		return split{}, false
	}
	for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
		end++
	}
	if !endsClause(p.src[end:hi]) {
		return split{}, false
	}
	term := p.plain(e, 0, everything)
	if countFields(term) > maxOwnedWords || !isTerm(term) {
		return split{}, false
	}
	if inner, ok := e.FirstChild().(*ast.Emphasis); ok && e.FirstChild() == e.LastChild() {
		e = inner // "***deadlock***": the term is the text inside both
	}
	termLo, termHi := p.startOf(e), p.endOf(e)
	if termHi-termLo > 2 && p.src[termLo] == '"' && p.src[termHi-1] == '"' {
		termLo, termHi = termLo+1, termHi-1 // "is called a **_'proton'_**" asks proton, not its quotes
	}
	return split{termLo: termLo, termHi: termHi, defLo: from, defHi: sentenceEnd(p.src, end, hi), sep: "called"}, true
}

// sentenceStart returns where the last sentence of text starts: after a
// full stop, a question or an exclamation mark, blanks and a capital. The
// stop may follow a formula, "… thereby accepting $H_A$. Hypothesis testing
// is also known as …", but not an abbreviation's letter, "i.e. Writing".
func sentenceStart(text []byte) int {
	for i := len(text) - 2; i > 0; i-- {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j == i+1 || j == len(text) || text[j] < 'A' || text[j] > 'Z' {
			continue
		}
		if c == '.' && i >= 2 && text[i-2] == '.' {
			continue // "i.e. ", "e.g. "
		}
		return j
	}
	return 0
}

// sentenceEnd returns the end of the sentence that goes on at src[from],
// just after its full stop, or hi, the end of its line: "…, this is called
// a **collision**. The records …" ends after "collision.".
func sentenceEnd(src []byte, from, hi int) int {
	if from < hi && (src[from] == '.' || src[from] == '!' || src[from] == '?') {
		return from + 1 // the term ends its sentence, after its emphasis marks
	}
	start, _ := nextSentenceBreak(string(src[from:hi]), 0)
	if start < 0 {
		return hi
	}
	if k := bytes.IndexAny(src[from+start:hi], ".!?"); k >= 0 {
		return from + start + k + 1
	}
	return hi
}

// cutNamingVerb returns what comes before "is called" (see namingVerbs and
// namingBe) at the end of before, a line's text up to a term, and whether
// before ends so; a space must end before.
func cutNamingVerb(before []byte) ([]byte, bool) {
	rest, ok := bytes.CutSuffix(before, []byte(" "))
	if !ok {
		return nil, false
	}
	for _, v := range namingVerbs {
		if r, ok := bytes.CutSuffix(rest, v); ok {
			for _, be := range namingBe {
				if s, ok := bytes.CutSuffix(r, be); ok {
					return s, true
				}
			}
			return nil, false
		}
	}
	return nil, false
}

// endsClause reports whether rest, the text after a named term, ends its
// clause: nothing, a punctuation mark, or a condition ("**linearly
// independent** when", "**unitary** if").
func endsClause(rest []byte) bool {
	rest = bytes.TrimRight(rest, " \t")
	if len(rest) == 0 {
		return true
	}
	switch rest[0] {
	case '.', ',', ';', ')', ':':
		return true
	}
	for _, w := range []string{" if", " when", " iff", " ("} {
		if bytes.HasPrefix(rest, []byte(w)) && (len(rest) == len(w) || rest[len(w)] == ' ' || w == " (") {
			return true
		}
	}
	return false
}

// mergeLabelRuns returns cards with each run of cards that ask one label on
// consecutive lines of one section made one card, the answers in order, a
// line each: "* La crise politique - La monarchie est incapable de se
// réformer." and two more items "La crise politique - …" asked "La crise
// politique" three times, each card with a third of its answer, which no
// student can review apart. Cards on lines apart (a label asked again under
// another item) stay as they are.
func mergeLabelRuns(cards []Card) []Card {
	var drop map[int]bool
	for i := 0; i < len(cards); {
		j := i + 1
		for j < len(cards) && sameLabelNext(cards[j-1], cards[j]) {
			j++
		}
		if j-i > 1 {
			if drop == nil {
				drop = map[int]bool{}
			}
			backs := make([]string, 0, j-i)
			for k := i; k < j; k++ {
				backs = append(backs, cards[k].Back)
				if k > i {
					drop[k] = true
				}
			}
			cards[i].Back = strings.Join(backs, "<br>")
		}
		i = j
	}
	return withoutMarked(cards, drop)
}

// sameLabelNext reports whether card b asks what card a asks on the line
// after a's, in the same section, and both answer in one line of text.
func sameLabelNext(a, b Card) bool {
	return a.Kind != Cloze && b.Kind == a.Kind && b.Pos.Line == a.Pos.Line+1 && b.Front == a.Front &&
		slices.Equal(a.Context, b.Context) && oneLineBack(a.Back) && oneLineBack(b.Back)
}

// oneLineBack reports whether back is a line of text: no paragraph, list,
// table or line break of its own, which a merged answer would run together.
func oneLineBack(back string) bool {
	return !strings.Contains(back, "<p>") && !strings.Contains(back, "<ul>") && !strings.Contains(back, "<ol>") &&
		!strings.Contains(back, "<table") && !strings.Contains(back, "<br>") && !strings.Contains(back, "<pre")
}

// isYearDash reports whether a dash between term and def, the raw text on
// either side of it, joins two dates as a range joins them: "Napoléon Ier
// Empereur des Français 1804-1814 - 1815 Waterloo" splits no term from its
// definition at " - ", it runs from one year on to the next. A date on
// both sides, four digits, is the cue; "Stage 1 - 2 weeks" is left alone.
func isYearDash(term, def []byte) bool {
	term, def = bytes.TrimRight(term, " \t*_"), bytes.TrimLeft(def, " \t*_")
	return len(term) >= 4 && len(def) >= 4 && yearDigits(term[len(term)-4:]) && yearDigits(def[:4]) &&
		(len(term) == 4 || !isDigit(rune(term[len(term)-5]))) && (len(def) == 4 || !isDigit(rune(def[4])))
}

// yearDigits reports whether b, four bytes of a year, is ASCII digits only.
func yearDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(rune(c)) {
			return false
		}
	}
	return true
}

// isBoldNoTerm reports whether term, raw its text before a separator, is a
// term that opens with "No" in bold, as the writer marks a name: "**No
// pre-emption** condition - granted resources cannot be taken away" beside
// "**Hold and wait** condition - …". Plain, "No one can …" opens a clause
// (notFirst), and so it stays.
func isBoldNoTerm(raw []byte, term string) bool {
	raw = bytes.TrimLeft(raw, " \t")
	if !bytes.HasPrefix(raw, []byte("**No ")) && !bytes.HasPrefix(raw, []byte("__No ")) {
		return false
	}
	rest := strings.TrimSpace(term)
	_, rest, _ = strings.Cut(rest, " ")
	return countFields(rest) <= 3 && isTerm(rest)
}

// statementWords are words that make a line a statement, not a label: a
// copula, a pronoun that points back at the heading, a relative clause.
var statementWords = map[string]bool{"is": true, "are": true, "was": true, "were": true,
	"it": true, "its": true, "that": true, "which": true}

// statesAbout reports whether t, a line right under a heading and over a
// list, states something about the heading's subject rather than names
// the list: "Managed database service that supports mySQL and PostgresSQL"
// under "# Cloud SQL", "On its own, it is a form of Anaerobic Respiration"
// under "### Glycolysis", "Cell membranes are differencially permeable". A
// line that opens with "There" or "Here" ("There are three types of RNA")
// points at its list.
func statesAbout(t string) bool {
	first := true
	for w := range strings.FieldsSeq(t) {
		if first && (w == "There" || w == "Here") {
			return false
		}
		first = false
		if statementWords[strings.Trim(w, ",.;")] {
			return true
		}
	}
	return false
}
