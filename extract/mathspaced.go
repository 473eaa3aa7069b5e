package extract

import (
	"unicode"
	"unicode/utf8"
)

// spacedFormulaEnd returns the index of the "$" that closes a formula
// written with spaces inside, "$ \sigma^2 = E[(X-\mu)^2] $", opened by the
// "$" just before from, or -1. Both "$" stand on one line, the closing one
// after a space and before no letter or digit, and what lies between is
// clearly math: a "\", "^", "_" or brace, or "=" among letters. So "($ V
// $)" and "paid $ 5 and $ 6" stay text, as a price does.
func spacedFormulaEnd[T ~string | ~[]byte](s T, from int) int {
	if from >= len(s) || s[from] != ' ' {
		return -1
	}
	mathy, eq, letter, word := false, false, false, false
	for j := from; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '\n' || c == '\r' || c == '`':
			return -1
		case c == '<' && j+1 < len(s) && (s[j+1] == '/' || s[j+1] == 'b' || s[j+1] == 'c'):
			return -1 // "<br>", "</em>", "<code>": the formula would span markup
		case c == '\\':
			mathy = true
			j++
		case c == '^' || c == '_' || c == '{' || c == '}':
			mathy = true
		case c == '=':
			eq = true
		case c == '$':
			if s[j-1] != ' ' || !word || !mathy && !(eq && letter) || j+1 < len(s) && isWordByte(s[j+1]) {
				return -1
			}
			return j
		}
		if c != ' ' {
			word = true
		}
		if isASCIILetter(c) {
			letter = true
		}
	}
	return -1
}

// afterWord reports whether r, the character before a "$" and a space,
// ends a word: that "$" closes a formula ("$ 1\ldots n$ of attributes")
// and opens none. A byte of a multi-byte rune counts as a word's.
func afterWord(r rune) bool {
	return r >= utf8.RuneSelf || unicode.IsLetter(r) || unicode.IsDigit(r)
}
