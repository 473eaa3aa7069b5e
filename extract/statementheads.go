package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// statementHeadLines sets in bold a numbered statement's head typed alone
// on the first line of its paragraph, "Definition 3.1" over "A sequence of
// real numbers is a function from $\mathbb{N}$ to $\mathbb{R}$.", as lecture
// notes typed from the board or a PDF write it. Plain, the head was one line
// of the paragraph and the note made no card; in bold it is the head the
// statement's card is asked with, as "**Definition 3.1**" is. Only a kind
// with its number, and at most a name in parentheses ("Theorem 2.4
// (Bolzano)"), is a head: "Law of large numbers" over its text may be a
// sentence's subject.
func statementHeadLines(body []byte) []byte {
	if !hasStatementHeadLine(body) {
		return body
	}
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		if i > 0 && !opensParagraph(lines[i-1]) || i+1 >= len(lines) || isBlank(lines[i+1]) {
			return false
		}
		line := lines[i]
		t := bytes.TrimRight(line, " \t\r\n")
		if !isStatementHeadLine(t) {
			return false
		}
		out := make([]byte, 0, len(line)+4)
		out = append(append(append(out, "**"...), t...), "**"...)
		lines[i] = append(out, line[len(t):]...)
		return true
	})
}

// hasStatementHeadLine reports whether some line of body, at a paragraph's
// start, may be a statement's head (see isStatementHeadLine): the quick
// test, one pass over the note's lines, before any line is copied.
func hasStatementHeadLine(body []byte) bool {
	blank := true
	for len(body) > 0 {
		line := body
		if k := bytes.IndexByte(body, '\n'); k >= 0 {
			line, body = body[:k], body[k+1:]
		} else {
			body = nil
		}
		if blank && len(line) > 0 && len(line) <= maxStatementHeadLine && isStatementHeadLine(bytes.TrimRight(line, " \t\r")) {
			return true
		}
		blank = opensParagraph(line)
	}
	return false
}

// maxStatementHeadLine bounds the line a statement's head stands on:
// "Proposition 12.3.4 (Cauchy–Schwarz inequality)" is under fifty bytes.
const maxStatementHeadLine = 80

// isStatementHeadLine reports whether t, a line with no space around it, is
// a statement's kind and number alone, plain text: "Definition 3.5.1",
// "Theorem 3.1:", "Lemma 2 (Zorn)". A line that opens with a space or holds
// markup is no head typed alone.
func isStatementHeadLine(t []byte) bool {
	if len(t) == 0 || len(t) > maxStatementHeadLine || !isASCIILetter(t[0]) {
		return false
	}
	kind, rest, ok := bytes.Cut(t, []byte(" "))
	if !ok || len(rest) == 0 || rest[0] < '0' || rest[0] > '9' || !isHeadKind(bytes.TrimSuffix(kind, []byte("."))) ||
		bytes.ContainsAny(t, "*_`$[]<>|#") {
		return false // the quick test: a kind, then its number
	}
	name, ok := isStatementHead(string(t))
	if !ok {
		return false
	}
	return name == "" || strings.HasPrefix(name, "(") && strings.HasSuffix(name, ")") // "Definition 1.11 Normal Subgroups" may open a sentence
}

// headKinds are the kinds statementHead reads, as typed before a number.
var headKinds = []string{"definition", "def", "defn", "theorem", "thm", "lemma", "corollary", "proposition", "prop",
	"axiom", "law", "principle", "postulate", "conjecture", "remark"}

// isHeadKind reports whether word is one of headKinds, in any case.
func isHeadKind(word []byte) bool {
	for _, k := range headKinds {
		if len(word) == len(k) && lowerEqual(word, k) {
			return true
		}
	}
	return false
}

// lowerEqual reports whether word, an ASCII word of k's length, is k in
// any case: "Theorem" is "theorem".
func lowerEqual(word []byte, k string) bool {
	for i := range len(k) {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// opensParagraph reports whether a line may stand right above a
// paragraph's first line: a blank line, or a heading written with "#" signs
// ("## Sequences" over "Definition 3.1").
func opensParagraph(above []byte) bool {
	if isBlank(above) {
		return true
	}
	t := bytes.TrimLeft(above, "#")
	return len(t) < len(above) && len(above)-len(t) <= 6 && (len(t) == 0 || t[0] == ' ' || t[0] == '\t')
}

// namedHeadLine returns the name of a line, r of block n, that is a
// statement's bold kind and number and its name in parentheses after the
// bold, the statement on the lines under it: "Uniqueness" for "**Theorem
// 3.1** (Uniqueness)" over "The limit of a sequence is unique.". The name
// is what a student asks, as it is when the statement follows on the line.
func (p *parsed) namedHeadLine(n ast.Node, r [2]int) (string, bool) {
	e, ok := p.firstIn(n, r[0], r[1]).(*ast.Emphasis)
	if !ok || e.Level < 2 || p.startOf(e) != r[0]+2 {
		return "", false
	}
	end := p.endOf(e)
	if end < 0 || end+2 > r[1] || p.src[end] != p.src[r[0]] {
		return "", false
	}
	rest := bytes.TrimRight(p.src[end+2:r[1]], " \t\r\n")
	lo, hi, body, ok := headName(rest)
	if !ok || body < len(rest) {
		return "", false
	}
	if name, head := isStatementHead(p.plain(n, r[0], end)); !head || name != "" {
		return "", false
	}
	return escapeText(string(bytes.TrimSpace(rest[lo:hi]))), true
}

// unnamedHeadOver reports whether line r of block n, the line above split
// s, is a statement's kind and number alone and s the bold term its
// statement defines: "**Definition 3.2**" over "A sequence $(x_n)$ is
// **convergent** if …". The term asks the statement; the head, which no
// student can answer from, is the card's too, and no heading's card takes
// it as a line left over.
func (p *parsed) unnamedHeadOver(n ast.Node, r [2]int, s split) bool {
	if s.termLo < 2 || s.termHi+2 > len(p.src) || !bytes.Equal(p.src[s.termLo-2:s.termLo], p.src[s.termHi:s.termHi+2]) ||
		p.src[s.termLo-1] != '*' && p.src[s.termLo-1] != '_' {
		return false // the term in bold, "**convergent**"
	}
	t := p.plain(n, r[0], r[1])
	name, head := isStatementHead(t)
	return head && name == "" && strings.ContainsAny(t, "0123456789")
}
