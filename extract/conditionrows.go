package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
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
	for _, cells := range rows {
		if key >= len(cells) {
			return ""
		}
	}
	return conditionsOwner(len(rows), func(i int) string { return b.p.plain(rows[i][key], 0, everything) }, sc)
}

// conditionsOwner returns the owner of n names of rows or items that each
// state a condition on a symbol (see symbolCondition), one of them an
// inequality, name(i) the i-th: the scope's owner, when it names one (see
// namesOwner). Else it returns "".
func conditionsOwner(n int, name func(int) string, sc scope) string {
	unequal := false
	for i := 0; i < n; i++ {
		ok, ineq := symbolCondition(name(i))
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

// conditionItemsOwner returns the owner the items of a list are asked with
// when each is one line that names a condition on a symbol before its
// colon, as a table's rows do (see conditionOwner): "- $e_c > 0$: x and y
// are substitutes" and "- $e_c < 0$: x and y are complements" under "###
// Cross Elasticity" ask "Cross Elasticity: e_c > 0". Else it returns "".
func (b *builder) conditionItemsOwner(items []ast.Node, sc scope) string {
	if len(items) < 2 {
		return ""
	}
	p := b.p
	for _, it := range items {
		h := itemHead(it)
		if h == nil || h.NextSibling() != nil {
			return ""
		}
		ls := p.lines(h)
		if len(ls) != 1 || !hasRelationByte(p.src[ls[0][0]:ls[0][1]]) {
			return "" // the quick test: no sign to state a condition with
		}
	}
	return conditionsOwner(len(items), func(i int) string {
		if s, ok := p.conditionSplit(itemHead(items[i])); ok {
			return p.plain(itemHead(items[i]), s.termLo, s.termHi)
		}
		return ""
	}, sc)
}

// hasRelationByte reports whether line holds a byte a relation sign opens
// with: '<', '>', '=', or the first byte of "≤", "≥" and "≠" (0xE2).
func hasRelationByte(line []byte) bool {
	for _, c := range line {
		if c == '<' || c == '>' || c == '=' || c == 0xE2 {
			return true
		}
	}
	return false
}

// conditionSplit splits the one line of n at its first colon and space:
// the condition before it, what holds then after it.
func (p *parsed) conditionSplit(n ast.Node) (split, bool) {
	ls := p.lines(n)
	if len(ls) != 1 {
		return split{}, false
	}
	lo, hi := ls[0][0], ls[0][1]
	v := p.lineView(n, lo, hi)
	i := bytes.Index(v.text, []byte(": ")) // not findSep's first sign: "$e_d = 1$: unit elastic" holds "="
	if i <= 0 || v.srcOff(i) < 0 {
		return split{}, false
	}
	s := split{termLo: lo, termHi: v.srcOff(i), defLo: p.afterOff(v, i), defHi: hi, sep: ":"}
	if s.defLo < 0 || !hasWordCharBytes(p.src[s.defLo:s.defHi]) {
		return split{}, false
	}
	return s, true
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
