package extract

import (
	"unicode"
	"unicode/utf8"
)

// spacedFormulaEnd returns the index of the "$" that closes a formula
// written with spaces inside, "$ \sigma^2 = E[(X-\mu)^2] $", opened by the
// "$" just before from, or -1. Both "$" stand on one line, the closing one
// before no letter or digit, and what lies between is clearly math: a "\",
// "^", "_" or brace, or "=" among letters, or one letter alone, "($ V $)".
// A closing "$" right after the formula's last sign, "$ 1\ldots n$", "$
// AA^{-1} = I$", needs a "\", "^" or brace: a "_" may be a file's or a
// variable's name. So "paid $ 5 and $ 6" stays text, as a price does.
func spacedFormulaEnd[T ~string | ~[]byte](s T, from int) int {
	if from >= len(s) || s[from] != ' ' {
		return -1
	}
	mathy, tex, eq, letter := false, false, false, false
	signs := 0 // bytes other than spaces
	for j := from; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '\n' || c == '\r' || c == '`':
			return -1
		case c == '<' && j+1 < len(s) && (s[j+1] == '/' || s[j+1] == 'b' || s[j+1] == 'c'):
			return -1 // "<br>", "</em>", "<code>": the formula would span markup
		case c == '\\':
			mathy, tex = true, true
			j++
		case c == '^' || c == '{' || c == '}':
			mathy, tex = true, true
		case c == '_':
			mathy = true
		case c == '=':
			eq = true
		case c == '$':
			switch {
			case j+1 < len(s) && isWordByte(s[j+1]):
				return -1
			case s[j-1] != ' ':
				if !tex {
					return -1
				}
			case signs == 0 || !mathy && !(eq && letter) && !(signs == 1 && letter):
				return -1
			}
			return j
		}
		if c != ' ' {
			signs++
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
