package extract

import (
	"strings"
	"unicode"
)

// isOperatorAlias reports whether s names one operator by its two
// spellings, as SQL and shell cheat sheets write them: "AND or &&",
// "NOT or !", "!= or <>". Each side is one token, and one of them is all
// operator signs, so "cats or dogs" is no alias and the signs make no
// code of it.
func isOperatorAlias(s string) bool {
	a, b, ok := strings.Cut(s, " or ")
	if !ok || a == "" || b == "" || strings.ContainsRune(a, ' ') || strings.ContainsRune(b, ' ') {
		return false
	}
	if !operatorSigns(a) && !operatorSigns(b) {
		return false
	}
	return operatorToken(a) && operatorToken(b)
}

// operatorSigns reports whether s is one to three of the signs operators
// are written with: "&&", "||", "!", "<>", "!=".
func operatorSigns(s string) bool {
	return len(s) <= 3 && strings.Trim(s, "&|!<>=~^%+-*/") == ""
}

// operatorToken reports whether s spells an operator: signs, or a keyword
// in capitals ("AND", "XOR").
func operatorToken(s string) bool {
	if operatorSigns(s) {
		return true
	}
	if len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
