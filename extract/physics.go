package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// formulaEquals moves an equals sign that ends a formula opening a line out
// of it, line for line, when words follow the formula: the key under a
// physics formula, "- $s =$ displacement ($m$)", reads as "- $s$ =
// displacement ($m$)", the symbol and what it stands for, as "- $u$ =
// initial velocity" beside it does. Code is left as it is. src is returned
// when no line has such a formula.
func formulaEquals(src []byte) []byte {
	if !containsText(src, "=$") && !containsText(src, "= $") {
		return src
	}
	var out []byte // nil until a line is rewritten
	last := 0
	textLines(src, func(off int, line []byte) {
		if eq, close, ok := formulaEqual(line); ok {
			out = append(out, src[last:off+eq]...)
			out = append(out, "$ ="...)
			last = off + close + 1
		}
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// formulaEqual finds a short formula that opens line, after a list marker,
// and ends with "=", words following it: the offsets of the end of the
// symbol before its "=" and of the formula's closing "$".
func formulaEqual(line []byte) (eq, close int, ok bool) {
	at := len(line) - len(bytes.TrimLeft(line, " \t"))
	if m := listMarkerLen(line[at:]); m > 0 {
		at += m
	}
	if at+1 >= len(line) || line[at] != '$' || line[at+1] == '$' {
		return 0, 0, false
	}
	n := bytes.IndexByte(line[at+1:], '$')
	if n < 2 || n > maxFormulaTerm || !symbolBeforeEquals(line[at+1:at+1+n]) {
		return 0, 0, false
	}
	close = at + 1 + n
	inner := bytes.TrimRight(line[at+1:close], " ")
	sym := bytes.TrimRight(inner[:len(inner)-1], " ")
	rest := line[close+1:]
	if len(rest) < 2 || rest[0] != ' ' {
		return 0, 0, false
	}
	// The words may be set in emphasis, as Typora's notes do: "$U=$
	// *the internal energy*".
	if r, _ := utf8.DecodeRune(bytes.TrimLeft(rest, " *_")); !unicode.IsLetter(r) {
		return 0, 0, false // "$x =$ 5": a value, the formula goes on
	}
	return at + 1 + len(sym), close, true
}

// symbolBeforeEquals reports whether inner, a formula's text, is a symbol
// and its "=": one "=" at its end after something, and no code. "\Delta x
// =" is; "a = b" and "=" are not.
func symbolBeforeEquals(inner []byte) bool {
	t := bytes.TrimRight(inner, " ")
	return len(bytes.TrimSpace(t)) > 1 && t[len(t)-1] == '=' && bytes.Count(t, []byte("=")) == 1 && bytes.IndexByte(t, '`') < 0
}

// isEqualsGloss reports whether def, rendered, glosses a formula's symbol
// after "=" in words, "$u$ = initial velocity ($ms^{-1}$)": its first word
// is a word of three letters or more, not a product of symbols, and no sign
// of arithmetic stands outside brackets. "$F$ = ma", "$Q$ = mcΔT" and
// "$x$ = a + b" go on with the formula.
func isEqualsGloss(def []byte) bool {
	def = bytes.TrimSpace(def)
	w := quotedStart(def)
	if k := bytes.IndexByte(w, ' '); k >= 0 {
		w = w[:k]
	}
	w = bytes.TrimRight(w, ",.;:")
	// A quoted name or a possessive is a word too: "$I_0$ = "dark
	// saturation current", …", "$k$ = Boltzmann's constant".
	w = bytes.TrimSuffix(bytes.TrimSuffix(bytes.TrimRight(w, "\"”"), []byte("'s")), []byte("’s"))
	if len(w) < 3 || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	for _, c := range w[1:] {
		if c < 'a' || c > 'z' {
			return false // "mcΔT", "BIL": symbols multiplied
		}
	}
	return !bytes.ContainsAny([]byte(outsideBrackets(string(def))), "+*/^=\\")
}

// symbolAfterTerm measures what follows a quantity's bold name in
// brackets, its symbol or a short gloss, before the verb that defines it:
// "($R$) is the ratio of the potential difference …" after "The
// **electrical resistance**", "(in ohms) is the resistance inside the
// cell", "($P$) in a circuit equals the product …" (see qualifierEnd),
// "$E_k$ equals half …". It returns the offset just past the symbol, or
// its qualifier, and that of the verb, or 0, 0.
func symbolAfterTerm(t []byte) (close, verb int) {
	if len(t) < 3 {
		return 0, 0
	}
	switch t[0] {
	case '(':
		k := bytes.IndexByte(t, ')')
		if k < 2 || k > maxFormulaTerm || bytes.IndexByte(t[1:k], '(') >= 0 {
			return 0, 0
		}
		if !isBracketSymbol(t[1:k]) {
			return 0, 0
		}
		close = k + 1
	case '$':
		if close = formulaLen(t); close == 0 || close > maxFormulaTerm {
			return 0, 0 // "**Kinetic energy** $E_k$ equals …"
		}
	default:
		return 0, 0
	}
	close = qualifierEnd(t, close)
	verb = close
	for verb < len(t) && t[verb] == ' ' {
		verb++
	}
	if verb == close || !startsCopula(t[verb:]) {
		return 0, 0
	}
	return close, verb
}

// appositiveSymbol measures the symbol a bold term is given between commas
// before the verb that defines it, "**Directed graph**, $G$, is a pair
// (V,E) …": the offset of the verb after the symbol's closing comma, or 0.
// The symbol names the term where the definition uses it; the question asks
// for the term alone.
func appositiveSymbol(t []byte) int {
	if len(t) < len(", $G$, is ") || t[0] != ',' || t[1] != ' ' {
		return 0
	}
	k := formulaLen(t[2:])
	if k == 0 || k > maxFormulaTerm {
		return 0
	}
	k += 2
	if k >= len(t) || t[k] != ',' {
		return 0
	}
	k++
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if !startsCopula(t[k:]) {
		return 0
	}
	return k
}

// isBracketSymbol reports whether c, the text in brackets after a bold
// name, is the name's symbol or unit and belongs in the question: a
// formula ("$R$"), a symbol or an acronym ("Ω", "AD"), or a unit's gloss
// ("in ohms"). A date or an aside is part of the answer: "The **Venus of
// Laussel relief** (ca. 25-20k BCE) is another prime example …", "The
// **Treaty of Versailles** (1919) is …".
func isBracketSymbol(c []byte) bool {
	switch {
	case len(c) >= 3 && c[0] == '$' && c[len(c)-1] == '$':
		return true
	case bytes.HasPrefix(c, []byte("in ")):
		return bytes.Count(c, []byte(" ")) <= 2
	case bytes.IndexByte(c, ' ') >= 0 || utf8.RuneCount(c) > 6:
		return false
	}
	return bytes.IndexFunc(c, unicode.IsLetter) >= 0
}

// participleGoesOn reports whether w, the word after a phrase in bold,
// is a participle that carries the phrase on to the verb of rest, the
// sentence: the bold stresses words of a longer subject, "The **resultant
// external force** acting on an object is equal to the rate of change of
// momentum", which defines no force. "The **productivity of labour**
// influenced by the stock of capital" has no verb after and glosses its
// term.
func participleGoesOn(w, rest string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if end := strings.IndexAny(rest, ".;:"); end >= 0 {
		rest = rest[:end]
	}
	return strings.Contains(rest, " is ") || strings.Contains(rest, " are ") || strings.Contains(rest, " equals ")
}

// unitSplit splits a sentence that names a quantity's unit or symbol:
// "The unit of current is the **ampere** ($A$).", "The symbol for current
// is $I$.", "The SI unit of power is the watt." The question is the part
// before the verb without its article, "unit of current"; verbSplit takes
// no subject of four words that opens with "The".
func (p *parsed) unitSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	k := 0
	if len(t) > 4 && (t[0] == 'T' || t[0] == 't') && bytes.HasPrefix(t[1:], []byte("he ")) {
		k = 4
	}
	start := k
	if bytes.HasPrefix(t[k:], []byte("SI ")) {
		k += 3
	}
	lead := 0
	for _, w := range unitLeads {
		if bytes.HasPrefix(t[k:], []byte(w)) {
			lead = len(w)
			break
		}
	}
	if lead == 0 {
		return split{}, false
	}
	at, verb := -1, ""
	for _, vb := range []string{" is ", " are "} {
		if i := bytes.Index(t[k+lead:], []byte(vb)); i >= 0 && (at < 0 || i < at) {
			at, verb = i, vb
		}
	}
	if at < 0 {
		return split{}, false
	}
	at += k + lead
	subject := t[start:at]
	if bytes.IndexByte(subject, 0) >= 0 || bytes.ContainsAny(subject, ",:;") || bytes.Count(subject, []byte(" ")) > 5 {
		return split{}, false // "The unit of a thing, which …": no subject of a few words
	}
	s := split{termLo: v.srcOff(start), termHi: v.srcOff(at), defLo: p.afterOff(v, at+len(verb)-1), defHi: hi, sep: verb[1 : len(verb)-1]}
	if s.termLo < 0 || s.termHi < 0 || s.defLo < 0 || s.defLo >= hi {
		return split{}, false
	}
	if term := p.plain(n, s.termLo, s.termHi); !isTerm(term) || !hasWordCharBytes(p.src[s.defLo:hi]) {
		return split{}, false
	}
	return s, true
}

// unitLeads open the subject of a sentence that names a quantity's unit
// or symbol, after "The" and "SI".
var unitLeads = []string{"unit of ", "unit for ", "units of ", "symbol of ", "symbol for "}

// legendKeys reports whether par, a lead-in whose text is whole, is the
// word alone that leads a formula's legend, "where:", over list l whose
// every item names a symbol and makes its own card: "- $u$ = initial
// velocity". The lead asks nothing of its own then; a card "Equations of
// motion: where" would only repeat the symbols' cards.
func (b *builder) legendKeys(par ast.Node, whole string, l *ast.List) bool {
	if len(whole) > len("in which:") || !lookupLower(legendLeads, strings.TrimRight(strings.TrimSpace(whole), ":：")) {
		return false
	}
	return b.keysOnly(l)
}

// keysOnly reports whether every item of list l is one line that makes its
// own card, a symbol and its gloss: "- $u$ = initial velocity".
func (b *builder) keysOnly(l *ast.List) bool {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		c := it.FirstChild()
		if c == nil || c.NextSibling() != nil {
			return false
		}
		ls := b.p.lines(c)
		if len(ls) != 1 {
			return false
		}
		if _, ok := b.p.splitLine(c, ls[0][0], ls[0][1]); !ok {
			return false
		}
	}
	return true
}

// tagFiller reports whether f, a word of a line of tags, is no tag but
// fills the line between tags: a dash or bar between them, "tags: #Circuits
// - #Physics/Electromagnetism", or the empty label of a template's next
// field, "links:" with nothing after it.
func tagFiller(f string) bool {
	switch f {
	case "-", "–", "—", "|", "·", "•":
		return true
	}
	label, ok := strings.CutSuffix(f, ":")
	if !ok || label == "" || len(label) > 20 {
		return false
	}
	for i := 0; i < len(label); i++ {
		if c := label[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// constantSplit splits a constant written as its name, a comma and its
// symbol's value: "gravitational acceleration, g = `9.80665`, unit: m /
// s^2", "Gravitational Constant, `G = 6.674e-11`, unit is N*m^2 / kg^2".
// The name asks for the rest of the line. The name has two to four words
// and opens no clause ("In this case, x = 5"); the symbol is short and its
// value a number.
func (p *parsed) constantSplit(n ast.Node, lo, hi int) (split, bool) {
	t := p.src[lo:hi]
	c := bytes.Index(t, []byte(", "))
	if c <= 0 || c > 60 || !bytes.Contains(t[c:], []byte(" = ")) {
		return split{}, false // the quick test
	}
	name := t[:c]
	if k := countFields(string(name)); k < 2 || k > 4 || bytes.ContainsAny(name, "=:`$*_[(") {
		return split{}, false
	}
	first, _, _ := bytes.Cut(name, []byte(" "))
	if w := string(first); lookupLower(sentenceGoesOn, w) || lookupLower(conjunctions, w) || lookupLower(whWords, w) || lookupLower(constantNameStops, w) {
		return split{}, false
	}
	rest := bytes.TrimLeft(t[c+2:], "`$")
	eq := bytes.Index(rest, []byte(" = "))
	if eq < 1 || eq > 3 || bytes.ContainsAny(rest[:eq], " ,") {
		return split{}, false // a symbol: "g", "G", "k_B"
	}
	v := bytes.TrimLeft(rest[eq+3:], "`$-")
	if len(v) == 0 || v[0] < '0' || v[0] > '9' {
		return split{}, false
	}
	s := split{termLo: lo, termHi: lo + c, defLo: lo + c + 2, defHi: hi, sep: ","}
	if !isTerm(p.plain(n, s.termLo, s.termHi)) {
		return split{}, false
	}
	return s, true
}

// constantNameStops are words that open a clause before a comma, where a
// constant's name would stand: "Let x, y = 2", "Then, at t = 0, …".
var constantNameStops = map[string]bool{"let": true, "then": true, "so": true, "now": true, "here": true,
	"thus": true, "hence": true, "therefore": true, "since": true, "given": true, "assume": true, "suppose": true}

// copulaWords are the verbs after a bold term that define it, longest
// first: "The **electrical power** ($P$) in a circuit equals the product
// of …" defines the power as "is" does.
var copulaWords = []string{"is equal to ", "are equal to ", "equals ", "is ", "are ", "means ", "refers to "}

// startsCopula reports whether t opens with one of copulaWords.
func startsCopula(t []byte) bool {
	for _, w := range copulaWords[:5] {
		if bytes.HasPrefix(t, []byte(w)) {
			return true
		}
	}
	return false
}

// qualifierPreps open the short phrase that may qualify a quantity
// between its symbol and its verb: "($P$) in a circuit equals …".
var qualifierPreps = [][]byte{[]byte(" in "), []byte(" of "), []byte(" across "), []byte(" through "), []byte(" on ")}

// qualifierEnd returns the end of the short phrase, a preposition and at
// most three words, that follows the symbol ending at close in t and comes
// right before a verb of copulaWords, or close: the phrase is part of what
// the sentence defines, "the electrical power (P) in a circuit".
func qualifierEnd(t []byte, close int) int {
	rest := t[close:]
	if len(rest) < 4 || rest[0] != ' ' {
		return close
	}
	prep := false
	for _, w := range qualifierPreps {
		if bytes.HasPrefix(rest, w) {
			prep = true
			break
		}
	}
	if !prep {
		return close
	}
	sp := 0
	for i := 1; i < len(rest) && sp < 5; i++ {
		switch c := rest[i]; {
		case c == ' ':
			if startsCopula(rest[i+1:]) {
				return close + i
			}
			sp++
		case c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '$':
			return close
		}
	}
	return close
}

// equatesFormulas reports whether term = def, split at its equals sign, is
// a law of Boolean algebra with a formula on each side rather than a term
// and its gloss: "X + X dot Y = X | X dot (X + Y) = X", "(X')' = X".
// "A AND B = true when both are" glosses its side in words; a symbol set
// equal to a formula, "v = iR" under "Ohm's law", is the formula's own
// card (see isFormulaSide).
func equatesFormulas(term string, def []byte) bool {
	term = strings.TrimSpace(term)
	if len(term) == 0 || len(term) > 60 || !isLogicSide(term) {
		return false
	}
	line, _, _ := bytes.Cut(bytes.TrimSpace(def), []byte("\n"))
	first, _, _ := bytes.Cut(line, []byte(" "))
	first = bytes.TrimRight(first, ",;.")
	if utf8.RuneCount(first) < 3 {
		return true
	}
	for _, r := range string(first) {
		if !unicode.IsLetter(r) {
			return true
		}
	}
	return false // the side is glossed in words: "A AND B = true when both are"
}

// logicWords join the operands of a formula of Boolean algebra written in
// words: "X dot Y", "A AND B".
var logicWords = map[string]bool{"dot": true, "AND": true, "OR": true, "NOT": true, "XOR": true, "NAND": true, "NOR": true}

// isLogicSide reports whether t is one side of a law of Boolean algebra:
// operands of one letter or a 0 or 1, in brackets and primed as their
// complements may be, joined by signs or logicWords, and at least one
// sign or prime: "X + X dot Y", "(X')'", "( X + Y )'".
func isLogicSide(t string) bool {
	signed := strings.Contains(t, "'")
	for _, w := range strings.Fields(t) {
		if logicWords[w] || len(w) == 1 && strings.ContainsRune("+*·^", rune(w[0])) {
			signed = true
			continue
		}
		for {
			n := len(w)
			w = strings.TrimPrefix(strings.TrimSuffix(strings.TrimSuffix(w, "'"), ")"), "(")
			if len(w) == n {
				break
			}
		}
		if len(w) > 1 || len(w) == 1 && !isASCIILetter(w[0]) && w[0] != '0' && w[0] != '1' {
			return false
		}
	}
	return signed
}
