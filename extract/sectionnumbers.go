package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// sectionNumberLen returns the length of the number s opens with, a whole
// number of up to six digits or a section's number ("13.2", "2.1.4", eight
// characters at most), or 0 when s opens with none: "covers decks 9 -
// 13.2 (6 decks)" joins the ends of a range (see isNumberRange). A number
// that ends with its dot ("7.") is the whole number before it.
func sectionNumberLen[T string | []byte](s T) int {
	n, digits := 0, 0
	for n < len(s) && n <= 8 {
		c := s[n]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && digits > 0 && n+1 < len(s) && s[n+1] >= '0' && s[n+1] <= '9':
			digits = 0
		default:
			return sectionEnd(n, digits)
		}
		n++
	}
	return sectionEnd(n, digits)
}

// sectionEnd returns n, the length sectionNumberLen read, when it is a
// number that ends in a digit and is short enough, else 0.
func sectionEnd(n, digits int) int {
	if digits == 0 || n > 8 || digits > 6 {
		return 0
	}
	return n
}

// outlineNumber returns the whole number, 1 to 99, that numbers heading text
// s without a dot, the 3 of "3 Confidence Intervals", and the width of its
// digits; else 0, 0. The title after it opens with a capital and holds no
// digit: "1 Mart 2021" is a date. Alone, "12 Cranial Nerves" counts them; a
// number numbers only beside its neighbour's (see numberedInTurn).
func outlineNumber(s string) (n, width int) {
	for width < len(s) && width < 3 && s[width] >= '0' && s[width] <= '9' {
		n = n*10 + int(s[width]-'0')
		width++
	}
	if width == 0 || width > 2 || n == 0 || width >= len(s) || s[width] != ' ' {
		return 0, 0
	}
	title := strings.TrimLeft(s[width:], " ")
	r, _ := utf8.DecodeRuneInString(title)
	if !unicode.IsUpper(r) || strings.ContainsAny(title, "0123456789") {
		return 0, 0
	}
	return n, width
}

// numberedInTurn reports whether heading texts prev and next are numbered
// in turn without dots, "2 Central Limit Theorem" then "3 Confidence
// Intervals", and name different things: "1 March" over "2 March" are
// days.
func numberedInTurn(prev, next string) bool {
	n, w := outlineNumber(next)
	if n == 0 {
		return false
	}
	m, v := outlineNumber(prev)
	return m != 0 && m == n-1 && !strings.EqualFold(strings.TrimSpace(prev[v:]), strings.TrimSpace(next[w:]))
}

// mayBeNumbered is outlineNumber's quick test on b, an ATX heading's text
// after its #s, with no string made: a digit from 1 to 9 opens it.
func mayBeNumbered(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return c >= '1' && c <= '9'
		}
	}
	return false
}

// handNumber returns the width of the number that opens the text of list
// item it when the student numbered the bullets by hand, without dots: "- 1
// **Integration management**" beside "- 2 **Scope management**" (see
// numberedInTurn); else 0. A number no neighbour continues counts: "- 3
// Pillars of Empiricism", "- 1907 **Triple Entente**".
func (p *parsed) handNumber(it ast.Node) int {
	head := itemHead(it)
	if head == nil || head.Lines().Len() == 0 || !mayBeNumbered(segValue(head.Lines().At(0), p.src)) {
		return 0
	}
	t := strings.TrimSpace(p.plain(head, 0, everything))
	_, w := outlineNumber(t)
	if w == 0 {
		return 0
	}
	for _, sib := range [2]ast.Node{it.PreviousSibling(), it.NextSibling()} {
		if sib == nil {
			continue
		}
		h := itemHead(sib)
		if h == nil {
			continue
		}
		if s := strings.TrimSpace(p.plain(h, 0, everything)); numberedInTurn(s, t) || numberedInTurn(t, s) {
			return w
		}
	}
	return 0
}

// cutHandNumber returns h, a front or a context, without the hand number of
// width w that opens it (see handNumber) and the spaces after it; h is
// returned as it is when it opens with no such number.
func cutHandNumber(h string, w int) string {
	if w <= 0 || len(h) <= w || h[w] != ' ' {
		return h
	}
	for i := 0; i < w; i++ {
		if h[i] < '0' || h[i] > '9' {
			return h
		}
	}
	return strings.TrimLeft(h[w:], " ")
}
