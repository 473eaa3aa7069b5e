package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isNamedSymbolTerm reports whether term, before sep, names a quantity
// and gives its symbol as a short formula, as statistics and economics
// notes write their terms: "Mean ($\mu$): the average of the population",
// "Standard deviation ($\sigma$) = $\sqrt{Variance}$", "Correlation
// coefficient $r$ - strength of a linear relationship". isTerm refuses the
// formula's backslashes as code; the words before it are the term. A
// formula that states a relation ("$s^2 = …$") is no symbol.
func isNamedSymbolTerm(term, sep string) bool {
	switch sep {
	case ":", "-", "–", "—", "=":
	default:
		return false
	}
	open := strings.IndexByte(term, '$')
	if open <= 0 {
		return false
	}
	name, formula := strings.TrimSpace(term[:open]), strings.TrimSpace(term[open:])
	if strings.HasSuffix(name, "(") {
		name = strings.TrimSpace(strings.TrimSuffix(name, "("))
		formula = strings.TrimSpace(strings.TrimSuffix(formula, ")"))
	}
	if len(formula) < len("$x$") || formulaLen([]byte(formula)) != len(formula) || formula[1] == '$' {
		return false // "$$…$$" displays, it names nothing
	}
	inner := formula[1 : len(formula)-1]
	if len(inner) > maxFormulaTerm || strings.ContainsAny(inner, "$=<>,") {
		return false // "where $\phi, \omega$ - continuous functions" lists symbols
	}
	for _, rel := range relations {
		if strings.Contains(inner, rel) {
			return false
		}
	}
	w, _, _ := strings.Cut(name, " ")
	return isTerm(name) && !lookupLower(symbolLeads, w)
}

// symbolLeads open a clause that introduces a formula's symbols rather
// than a term: "where $n$ - the number of trials", "Let $X$: a random
// variable".
var symbolLeads = map[string]bool{"where": true, "let": true, "with": true, "for": true, "given": true, "and": true}

// resultLast splits an equation that names its result last, as accounting
// notes write the steps of an income statement: "Revenue - Operating
// expenses = Operating income" asks "Operating income" for "Revenue -
// Operating expenses", where the dash, read as a separator, asked
// "Revenue" for "Operating expenses = Operating income". The sides are
// names, no numbers: "500 - 200 = 300" is a worked example's step, and a
// result of one short lower-case word ("Binomial - mean = np") is a
// formula's value, not a name.
func (p *parsed) resultLast(n ast.Node, v view, lo, hi int) (split, bool) {
	t := bytes.TrimRight(v.text, " \t\n")
	eq := bytes.Index(t, []byte(" = "))
	if eq <= 0 || bytes.Contains(t[eq+3:], []byte(" = ")) || !isNameSum(t[:eq]) || !isResultName(t[eq+3:]) {
		return split{}, false
	}
	termLo, termHi := v.srcOff(eq+3), p.afterOff(v, len(t)-1)
	defLo, defHi := v.srcOff(0), p.afterOff(v, eq-1)
	if termLo < 0 || termHi < 0 || defLo < 0 || defHi < 0 || defLo != lo {
		return split{}, false
	}
	s := split{termLo: termLo, termHi: termHi, defLo: defLo, defHi: defHi, sep: "="}
	if !p.validSplit(n, s) {
		return split{}, false
	}
	return s, true
}

// isNameSum reports whether t is two names or more joined by arithmetic
// signs, each name one to four words of letters and one of its words
// three letters long at least: "Revenue - Operating expenses", "(Current
// assets - Inventory) / Current liabilities", "Price x Quantity"; not a
// contraction's parts, "à + le", or an ending added, "Singulier + s".
func isNameSum(t []byte) bool {
	signs, words, long := 0, 0, false
	for _, w := range bytes.Fields(t) {
		switch string(w) {
		case "+", "-", "−", "–", "/", "*", "×", "x", "÷":
			if !long {
				return false // no name before the sign
			}
			signs, words, long = signs+1, 0, false
			continue
		}
		w = bytes.Trim(w, "()")
		if words++; words > 4 || !isLetterWord(w) {
			return false
		}
		long = long || utf8.RuneCount(w) >= 3
	}
	return signs > 0 && long
}

// isResultName reports whether t, after an equation's "=", is a name: one
// to four words of letters, a single word either capitalised or four
// letters long ("Equity", "equity", "GDP"), not a symbol ("np", "λ").
func isResultName(t []byte) bool {
	ws := bytes.Fields(t)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isLetterWord(bytes.Trim(w, "()")) {
			return false
		}
	}
	if len(ws) > 1 {
		return true
	}
	r, _ := utf8.DecodeRune(ws[0])
	return unicode.IsUpper(r) && utf8.RuneCount(ws[0]) > 1 || utf8.RuneCount(ws[0]) >= 4
}

// isLetterWord reports whether w is a word of letters, maybe with an
// apostrophe or a hyphen inside ("shareholders'", "non-operating").
func isLetterWord(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	for _, r := range string(w) {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '&' {
			return false
		}
	}
	r, _ := utf8.DecodeRune(w)
	return unicode.IsLetter(r)
}

// adjectiveIf splits a sentence that defines an adjective by a condition,
// as economics and statistics notes define the kinds of a quantity:
// "Demand is elastic if the absolute value of the elasticity is greater
// than 1", "Demand is *inelastic* (“unresponsive”) if …", "Two events are
// independent if P(A∩B) = P(A)P(B)". The adjective is the term and the
// whole sentence its definition, as definedIf reads "A space is
// **compact** if …"; split at "is", two such lines asked "Demand" twice.
// subject is the text before the verb and at where the text after it
// starts. An adjective not in emphasis must end as adjectives do
// ("elastic", "significant", "stationary"): "Demand is high when prices
// fall" states a fact, and its subject is a noun of two words at most,
// after an article.
func (p *parsed) adjectiveIf(subject string, lo, at, hi int) (split, bool) {
	if at >= hi {
		return split{}, false
	}
	t := p.src[at:hi]
	mark := 0
	for mark < len(t) && mark < 3 && (t[mark] == '*' || t[mark] == '_') {
		mark++
	}
	word := bytes.IndexAny(t[mark:], " *_")
	if word <= 0 {
		return split{}, false
	}
	adj := t[mark : mark+word]
	rest := t[mark+word:]
	if mark > 0 {
		if !bytes.HasPrefix(rest, t[:mark]) {
			return split{}, false // the emphasis goes on past one word
		}
		rest = rest[mark:]
	} else if !adjectiveEnding(adj) || countFields(withoutArticle(subject)) > 2 {
		return split{}, false // "Ensure service components are available when …" is a task
	}
	rest = bytes.TrimLeft(rest, " ")
	if len(rest) > 0 && rest[0] == '(' {
		close := bytes.IndexByte(rest, ')')
		if close < 0 || close > 80 {
			return split{}, false
		}
		rest = bytes.TrimLeft(rest[close+1:], " ")
	}
	for _, w := range []string{"if ", "iff ", "when ", "whenever "} {
		if !bytes.HasPrefix(rest, []byte(w)) {
			continue
		}
		if !isLetterWord(adj) || lookupLower(weakNext, string(adj)) || !isTerm(subject) {
			return split{}, false // "The rate is different when …" compares
		}
		termLo := at + mark
		return split{termLo: termLo, termHi: termLo + len(adj), defLo: lo, defHi: hi, sep: "if"}, true
	}
	return split{}, false
}

// adjectiveEndings end the adjectives that name a kind: "elastic",
// "efficient", "significant", "normal", "inferior", "stationary",
// "consistent", "positive".
var adjectiveEndings = []string{"ic", "ent", "ant", "al", "ive", "ous", "able", "ible", "ary", "ior", "ular"}

// adjectiveEnding reports whether w, a lower-case word, ends as the
// adjectives that name a kind do (see adjectiveEndings).
func adjectiveEnding(w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	if !unicode.IsLower(r) {
		return false
	}
	for _, e := range adjectiveEndings {
		if bytes.HasSuffix(w, []byte(e)) {
			return true
		}
	}
	return false
}

// withoutArticle returns s without the article that opens it: "The
// market" is "market".
func withoutArticle(s string) string {
	for _, a := range []string{"a ", "an ", "the "} {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			return s[len(a):]
		}
	}
	return s
}
