package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// uncontracted returns w without the contraction it ends with: "What’s"
// and "what's" are "What" and "what", "Who're" is "Who"; a word with no
// apostrophe, or one that opens with it, is returned whole.
func uncontracted(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}

// unfinishedWords end an answer a student began and left to write later:
// "Logic programming is" under "Why are logic languages used for user
// interfaces?". A finished sentence ends with what it says of its subject.
var unfinishedWords = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// unfinished reports whether back, an answer's text, stops after its
// subject and verb with nothing said yet: a few words, no punctuation
// last, and a copula as the last word.
func unfinished(back string) bool {
	back = strings.TrimSpace(back)
	if back == "" || countFields(back) > 6 || strings.ContainsAny(back, "\n<") {
		return false
	}
	i := strings.LastIndexByte(back, ' ')
	return i > 0 && unfinishedWords[strings.ToLower(back[i+1:])]
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

// skipColumnSeparator moves each definition's start in splits (see
// alignedRows) past the separator that every line of ls puts in the
// column between term and definition, "low-level layer  : low level
// features", "mid-level layer  : mid level features": a colon, an equals
// sign or a dash, then a space. The separator is no part of the answer. A
// definition that only some lines open with such a sign keeps it.
func (p *parsed) skipColumnSeparator(ls, splits [][2]int) {
	var sep byte
	for i, r := range ls {
		d := p.src[splits[i][1]:r[1]]
		if len(d) < 3 || d[1] != ' ' || d[0] != ':' && d[0] != '=' && d[0] != '-' || sep != 0 && d[0] != sep {
			return
		}
		sep = d[0]
	}
	for i, r := range ls {
		k := splits[i][1] + 1
		for k < r[1] && p.src[k] == ' ' {
			k++
		}
		splits[i][1] = k
	}
}

// derivationReach is how many lines above and below a card's line
// derivationStep reads for the other steps of its derivation.
const derivationReach = 8

// derivationStep reports whether the card front, made from file line line,
// is a step of a worked derivation rather than a symbol's definition: the
// line is an equation in a run of three or more, one of which solves an
// expression ("n - k = 1", "n/2^k = 1"), and front recurs in another line
// of the run ("k = n - 1" after "T(n) = 1 + T(n - k)"). A list of formulas
// that each define a new symbol, "W2 = (W1 - F + 2P) / S + 1" over "D2 =
// K", keeps its cards.
func (b *builder) derivationStep(front string, line int) bool {
	if _, _, ok := equationLine(b.p.sourceLine(line)); !ok {
		return false
	}
	lo, hi := line, line
	for lo > line-derivationReach && lo-1 > b.p.lineShift {
		if _, _, ok := equationLine(b.p.sourceLine(lo - 1)); !ok {
			break
		}
		lo--
	}
	for hi < line+derivationReach {
		if _, _, ok := equationLine(b.p.sourceLine(hi + 1)); !ok {
			break
		}
		hi++
	}
	if hi-lo < 2 {
		return false
	}
	solves, recurs := false, false
	for l := lo; l <= hi; l++ {
		lhs, rhs, _ := equationLine(b.p.sourceLine(l))
		solves = solves || strings.ContainsAny(strings.TrimLeft(lhs, "+-−"), "+-−*/^")
		if l == line {
			continue
		}
		recurs = recurs || hasToken(lhs, front) || hasToken(rhs, front)
	}
	return solves && recurs
}

// equationLine returns the two sides of line, a short equation in a list
// or on a line of its own: "- n - k = 1", "log(n) = k". Words ("the
// value = …"), comparisons ("==", "<=") and long lines are no equations.
func equationLine(line string) (lhs, rhs string, ok bool) {
	t := strings.TrimSpace(strings.TrimLeft(line, " \t>"))
	t = strings.TrimSpace(strings.TrimLeft(t, "-*+"))
	i := strings.IndexByte(t, '=')
	if i <= 0 || i == len(t)-1 || len(t) > 60 || strings.IndexByte("<>!:", t[i-1]) >= 0 || t[i+1] == '=' {
		return "", "", false // "a == b", "x <= y", "x := 1"
	}
	for w := range strings.FieldsSeq(t) {
		if letterRun(w) > 3 && !strings.ContainsRune(w, '(') {
			return "", "", false // a word, not a symbol: "log(n)" is a symbol, "value" a word
		}
	}
	return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:]), true
}

// hasToken reports whether tok occurs in s as a whole, neither letter nor
// digit on either side: "k" in "T(n - k)", not in "kg".
func hasToken(s, tok string) bool {
	if tok == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], tok)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(tok):])
		if !isAlnum(before) && !isAlnum(after) {
			return true
		}
		off = i + 1
	}
}

// isAlnum reports whether r is a letter or a digit; utf8.RuneError, what
// the edge of a string decodes to, is neither.
func isAlnum(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// letterRun returns the length, in runes, of the longest run of letters in
// w: 5 in "value", 1 in "n/2^k".
func letterRun(w string) int {
	longest, n := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
			longest = max(longest, n)
		} else {
			n = 0
		}
	}
	return longest
}

// linkToTopic reports whether back, a card's answer as HTML, is one link
// alone whose text only names front again, with a word or two for what
// the link opens: "Persistence" over "[Persistence Project](…)", "Core
// Animation" over "[Core Animation Project](…)". The link points to the
// topic's page and teaches nothing of it; a link that names something else
// ("Textbook" over the book's title) answers.
func linkToTopic(front, back string) bool {
	text, _, ok := loneLink(back)
	if !ok {
		return false // most answers: no front to lower
	}
	f := strings.ToLower(strings.TrimSpace(front))
	return f != "" && countFields(text) <= countFields(f)+2 && hasToken(strings.ToLower(text), f)
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
