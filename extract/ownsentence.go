package extract

import (
	"bytes"
	"strings"
	"unicode"
)

// goesOnWords open a sentence that goes on about the subject of the
// sentence before it: "It also shows plans.", "This is useful for …",
// "Its value …".
var goesOnWords = map[string]bool{"it": true, "its": true, "this": true, "these": true, "they": true,
	"their": true, "that": true, "those": true, "such": true}

// ownSentenceEnd returns where the sentence that opens src[lo:hi] ends
// when a sentence about something else follows it: "inspect the current
// state. Plans are saved with -out." ends after "state.". A sentence
// that goes on about the same subject ("It also shows plans.", see
// goesOnWords) stays, and so does the text after it up to the next
// sentence of another subject. It returns hi when no such sentence
// follows, or when the stop falls inside code, maths or a link.
func ownSentenceEnd(src []byte, lo, hi int) int {
	t := src[lo:hi]
	if bytes.IndexAny(t, ".!?") < 0 {
		return hi // the quick test: one sentence
	}
	s := string(t)
	for from := 0; ; {
		start, end := nextSentenceBreak(s, from)
		if start < 0 {
			return hi
		}
		stop := start + strings.IndexAny(s[start:], ".!?") + 1
		word := s[end-1:]
		if k := strings.IndexAny(word, " ,;:"); k >= 0 {
			word = word[:k]
		}
		if !goesOnWords[strings.ToLower(word)] && plainUpTo(s[:stop]) {
			return lo + stop
		}
		from = end
	}
}

// plainUpTo reports whether s closes each code span, maths span and link
// text it opens: a stop at its end is one of the prose.
func plainUpTo(s string) bool {
	return strings.Count(s, "`")%2 == 0 && strings.Count(s, "$")%2 == 0 && strings.Count(s, "[") == strings.Count(s, "]") &&
		strings.Count(s, "(") == strings.Count(s, ")")
}

// symbolPair reports whether term joins two symbols with "and", each a
// letter alone or with a small letter or a digit after it: "Qd and P",
// "x and y", "Q1 and Q2". A sentence glossing them at once, "Qd and P are
// old quantity demanded and price", answers each in part and asks both;
// "AI and ML", "Supply and demand" name things.
func symbolPair(term string) bool {
	a, b, ok := strings.Cut(term, " and ")
	return ok && isSymbolWord(a) && isSymbolWord(b)
}

// isSymbolWord reports whether w is a symbol a formula uses: a letter,
// alone or followed by a small letter or a digit, "P", "Qd", "Q1", "ΔP".
func isSymbolWord(w string) bool {
	r := []rune(w)
	if len(r) == 0 || len(r) > 2 || !unicode.IsLetter(r[0]) {
		return false
	}
	return len(r) == 1 || unicode.IsLower(r[1]) && unicode.IsUpper(r[0]) || unicode.IsDigit(r[1]) || unicode.IsUpper(r[1]) && r[0] == 'Δ'
}
