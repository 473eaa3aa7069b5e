package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// pointerOpeners are the words that open a chatty lead-in by pointing at
// what follows, "Here are some common list methods in Python:", "Let's
// look at some examples:", with a straight or a curly apostrophe; "So here
// are" before "here are". The student's card asks what they point at. An
// article or "some" after them goes too.
var pointerOpeners = []string{"so here are ", "so here is ", "here are ", "here is ", "here's ", "here’s ",
	"below are ", "below is ", "let's look at ", "let’s look at ", "let us look at ", "let's see ", "let’s see "}

// cutPointer returns front, the HTML of a lead-in or a caption, without the
// pointing words that open it (see pointerOpeners), its first letter in
// capitals: "Here is an example of adding to the front of a list" asks
// "Example of adding to the front of a list". A front of nothing else, or
// one that opens with markup, is returned as it is.
func cutPointer(front string) string {
	rest := ""
	for _, o := range pointerOpeners {
		if len(front) > len(o) && strings.EqualFold(front[:len(o)], o) {
			rest = front[len(o):]
			break
		}
	}
	for _, a := range []string{"some ", "the ", "an ", "a "} {
		if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) {
			rest = rest[len(a):]
			break
		}
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || !hasWordChar(stripTags(rest)) {
		return front
	}
	return string(unicode.ToUpper(r)) + rest[n:]
}
