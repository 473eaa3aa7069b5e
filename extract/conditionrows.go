package extract

import (
	"strings"
	"unicode"

	east "github.com/yuin/goldmark/extension/ast"
)

// conditionOwner returns the owner the rows of a table are asked with when
// the cell that names each row states a condition on a symbol, as
// economics notes tabulate what each range of an elasticity means: "| e >
// 1 | a luxury |", "| 0 < e < 1 | a necessity |" and "| e < 0 | an
// inferior good |" under "## Income Elasticity of Demand" ask "Income
// Elasticity of Demand: e > 1", for "e > 1" alone is the elastic demand
// of a price elasticity as well, and a deck holds both. Every row's name
// must be a condition (see symbolCondition), one of them an inequality,
// and the scope must name an owner; else it returns "". A measure named
// in letters, "| BMI < 18.5 | Underweight |", asks alone.
func (b *builder) conditionOwner(key int, rows [][]*east.TableCell, sc scope) string {
	if len(rows) < 2 {
		return ""
	}
	unequal := false
	for _, cells := range rows {
		if key >= len(cells) {
			return ""
		}
		ok, ineq := symbolCondition(b.p.plain(cells[key], 0, everything))
		if !ok {
			return ""
		}
		unequal = unequal || ineq
	}
	if o := sc.ownerName(); unequal && fitsOwner(o) && namesOwner(o) {
		return o
	}
	return ""
}

// relationSigns are the signs a condition relates its sides with, the
// longest first so that "<=" is not read as "<".
var relationSigns = [...]string{"<=", ">=", "==", "!=", "≤", "≥", "≠", "<", ">", "="}

// symbolCondition reports whether s states a condition on a symbol: sides
// that are each a short symbol or a number, joined by relation signs, one
// side at least a symbol, "e > 1", "0 < e < 1", "|Ed| = 1", "$e_i < 0$".
// unequal tells whether a sign is an inequality, not "=".
func symbolCondition(s string) (ok, unequal bool) {
	if !strings.ContainsAny(s, "<>=≤≥≠") || len(s) > 40 {
		return false, false // the quick test: no sign, or a sentence
	}
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "$"), "$"))
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, `\(`), `\)`))
	symbols, sides := 0, 0
	for s != "" {
		at, size := len(s), 0
		for _, sign := range relationSigns {
			if i := strings.Index(s, sign); i >= 0 && (i < at || i == at && len(sign) > size) {
				at, size = i, len(sign)
			}
		}
		side := strings.TrimSpace(s[:at])
		switch {
		case isConditionSymbol(side):
			symbols++
		case !isConditionNumber(side):
			return false, false
		}
		sides++
		if size == 0 {
			break
		}
		sign := s[at : at+size]
		unequal = unequal || sign != "=" && sign != "=="
		s = s[at+size:]
		if strings.TrimSpace(s) == "" {
			return false, false // "e >" ends on its sign
		}
	}
	return symbols > 0 && sides >= 2, unequal
}

// isConditionSymbol reports whether side names a symbol of a condition:
// one or two letters, a subscript after "_" or digits, and bars around an
// absolute value, "e", "Ed", "e_i", "ε", "|e|", "x1". A word, "BMI" or
// "price", names its measure.
func isConditionSymbol(side string) bool {
	if len(side) > 2 && side[0] == '|' && side[len(side)-1] == '|' {
		side = side[1 : len(side)-1]
	}
	name, sub, _ := strings.Cut(side, "_")
	letters, digits := 0, 0
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) && digits == 0:
			letters++
		case r >= '0' && r <= '9' && letters > 0:
			digits++
		default:
			return false
		}
	}
	if letters == 0 || letters > 2 || digits > 2 {
		return false
	}
	sub = strings.Trim(sub, "{}")
	return len(sub) <= 3 && strings.IndexFunc(sub, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) < 0
}

// isConditionNumber reports whether side is a number a condition bounds
// its symbol with: "1", "-1", "0.5", "10%", "∞", "-inf".
func isConditionNumber(side string) bool {
	side = strings.TrimLeft(side, "+-−")
	switch strings.ToLower(side) {
	case "∞", "inf", "infinity":
		return true
	}
	side = strings.TrimSuffix(side, "%")
	if side == "" || side[0] == '.' || side[len(side)-1] == '.' {
		return false
	}
	dots := 0
	for i := 0; i < len(side); i++ {
		switch c := side[i]; {
		case c == '.':
			dots++
		case c < '0' || c > '9':
			return false
		}
	}
	return dots <= 1
}
