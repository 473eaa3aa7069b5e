package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// formulaLegend reports whether par, whose plain text is whole, leads a
// formula's legend over a list: "where:" alone, or a formula that ends in
// the word, "$V = IR$ where", "The density is $\rho = m/V$, with". The
// lead asks nothing: a card "V = IR where" over the key would only repeat
// the symbols' cards and the heading's, so it makes none (legendKeys
// covers a lone "where:" over a key whose every line splits).
func (b *builder) formulaLegend(par ast.Node, whole string) bool {
	t := strings.TrimRight(strings.TrimSpace(whole), ":：, ")
	if len(t) > 200 {
		return false
	}
	if lookupLower(legendLeads, t) {
		return true
	}
	i := strings.LastIndexByte(t, ' ')
	if i < 0 || !lookupLower(legendLeads, t[i+1:]) && !strings.HasSuffix(strings.ToLower(t), " in which") {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) == 0 {
		return false
	}
	raw := b.p.src[ls[0][0]:ls[len(ls)-1][1]]
	return bytes.Contains(raw, []byte("$")) || bytes.Contains(raw, []byte(`\(`))
}

// symbolIsKeys makes the cards of the items of l, a formula's legend, that
// name a symbol with "is": "- $V$ is the voltage" asks $V$ for "the
// voltage", as "- $V$ = voltage" does; so does a symbol typed bare, "- I is
// the current through the resistor".
func (b *builder) symbolIsKeys(l *ast.List, sc scope) {
	p := b.p
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		h := itemHead(it)
		if h == nil || h.NextSibling() != nil {
			continue
		}
		ls := p.lines(h)
		if len(ls) != 1 {
			continue
		}
		lo, hi := ls[0][0], ls[0][1]
		n := formulaLen(p.src[lo:hi])
		if n == 0 {
			n = bareSymbolLen(p.src[lo:hi])
		}
		if n == 0 {
			continue
		}
		rest := p.src[lo+n : hi]
		var k int
		switch {
		case bytes.HasPrefix(rest, []byte(" is ")):
			k = len(" is ")
		case bytes.HasPrefix(rest, []byte(" are ")):
			k = len(" are ")
		default:
			continue
		}
		if !hasWordCharBytes(rest[k:]) {
			continue
		}
		if b.add(p.html(h, lo, lo+n), p.html(h, lo+n+k, hi), Basic, p.line(lo), sc) {
			b.cover(it)
		}
	}
}

// bareSymbolLen returns the length of the symbol typed without "$" that
// starts line, a word of at most three letters, digits or "_" that starts
// with a letter ("I", "v0", "E_k", "ρ"), before a space; or 0.
func bareSymbolLen(line []byte) int {
	sp := bytes.IndexByte(line, ' ')
	if sp <= 0 || utf8.RuneCount(line[:sp]) > 3 {
		return 0
	}
	for i, r := range string(line[:sp]) {
		if i == 0 && !unicode.IsLetter(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return 0
		}
	}
	return sp
}

// boldSymbolFront returns front, a bold term and its symbol, "<strong>Power</strong>
// (\(P\))", without the bold: the term alone in bold, "**Power**: …", asks
// "Power", and its symbol after it changes nothing of that, nor a short
// gloss in brackets, "(EMF)", or the phrase that qualifies the quantity,
// "(\(P\)) in a circuit". A front with other markup after its bold, or a
// longer text, stays as it is.
func boldSymbolFront(front string) string {
	if !strings.HasPrefix(front, "<strong>") || strings.Count(front, "<strong>") != 1 {
		return front
	}
	end := strings.Index(front, "</strong>")
	if end < 0 {
		return front
	}
	term, rest := front[len("<strong>"):end], front[end+len("</strong>"):]
	if len(rest) > 80 || strings.ContainsAny(term, "<") || strings.Contains(rest, "<") ||
		!strings.HasPrefix(rest, " (") && !strings.HasPrefix(rest, ` \(`) {
		return front // "<strong>Power</strong>s": the bold is a part of a word
	}
	return term + rest
}

// maxFormulaNameWords bounds the words of a line that names the formula
// on the line under it: a longer one is prose.
const maxFormulaNameWords = 5

// formulaName reports whether line r of n names the formula that is the
// whole of line next, the line under it, as notes write a law without a
// colon: "Stephan-Boltzman law" over "$P = \sigma T^4$", "Hubble's law"
// over "$$v = H_0 d$$". Its formula answers it as the line under
// "Kepler's third law:" does (termLine).
func (b *builder) formulaName(n ast.Node, r, next [2]int) bool {
	p := b.p
	f := bytes.TrimSpace(p.src[next[0]:next[1]])
	if len(f) < 3 || f[0] != '$' || f[len(f)-1] != '$' || bytes.IndexByte(f, '=') < 0 {
		return false
	}
	t := bytes.TrimSpace(p.src[r[0]:r[1]])
	if len(t) == 0 || bytes.ContainsAny(t, "$=:\\") {
		return false
	}
	name := strings.TrimSpace(p.plain(n, r[0], r[1]))
	return countFields(name) <= maxFormulaNameWords && isTerm(name) && !lookupLower(legendLeads, name)
}

// symbolKeyEnd reports whether line, the source of a paragraph's line, is a
// displayed formula alone that ends the gloss of term, a formula's symbol
// ("$n$" as the note's HTML keeps it): "$n =$ *amount of substance*"
// then "$$k_B = R/N_A$$" on the next line, the derivation going on. The
// formula is no part of what n stands for.
func symbolKeyEnd(term string, line []byte) bool {
	if len(term) < 3 || term[0] != '$' || term[len(term)-1] != '$' || strings.Count(term, "$") != 2 {
		return false
	}
	t := bytes.TrimSpace(line)
	return len(t) > 4 && bytes.HasPrefix(t, []byte("$$")) && bytes.HasSuffix(t, []byte("$$")) && bytes.Count(t, []byte("$$")) == 2
}

// legendHeading reports whether heading hn, whose text is text, only leads
// the key of the formula just above it, nested under that formula's
// heading: "## Ideal Diode Law" over "$I=I_0(e^{qV/kT}-1)$" and "####
// where:" over "- $V$ = applied voltage". The heading names nothing to ask;
// its body keys the formula of the section it sits in.
func (b *builder) legendHeading(hn ast.Node, text string, level int) bool {
	if len(b.heads) == 0 || b.heads[len(b.heads)-1].level >= level {
		return false
	}
	if !legendLeadHeading(strings.ToLower(strings.TrimSpace(strings.TrimRight(text, ":：")))) {
		return false
	}
	prev := hn.PreviousSibling()
	if prev == nil || prev.Kind() != ast.KindParagraph || prev.Lines().Len() == 0 {
		return false
	}
	last := prev.Lines().At(prev.Lines().Len() - 1)
	line := b.p.src[last.Start:last.Stop]
	return bytes.IndexByte(line, '$') >= 0 || bytes.Contains(line, []byte(`\(`)) || bytes.Contains(line, []byte(`\]`))
}

// legendLeadHeading reports whether t, a heading's text in lower case
// without its colon, is a formula's legend lead alone, "where". A chunk of
// a long note never starts at one: legendHeading needs the formula above.
func legendLeadHeading(t string) bool {
	return t == "where" || t == "whereby" || t == "in which"
}

// legendItem handles a list item whose head is a formula's legend lead
// alone, "- where:", over the key nested under it: the lead asks nothing,
// as a "where:" paragraph over a list does (see formulaLegend), and each
// symbol asks for its meaning. It reports whether it handled the item.
func (b *builder) legendItem(head ast.Node, rest []ast.Node, sc scope) bool {
	if len(rest) == 0 || head.Lines().Len() != 1 {
		return false
	}
	whole := strings.TrimSpace(b.p.plain(head, 0, everything))
	if len(whole) > len("in which:") || !lookupLower(legendLeads, strings.TrimRight(whole, ":：")) {
		return false
	}
	for _, n := range rest {
		if _, ok := n.(*ast.List); !ok {
			return false
		}
	}
	b.cover(head)
	for _, n := range rest {
		b.symbolIsKeys(n.(*ast.List), sc)
	}
	b.blocks(rest, sc)
	return true
}

// legendKey adds the key under legend heading hn, "#### where:" over body,
// to the answer of the card of the formula's heading, as a "where:"
// paragraph under the formula is part of it: the law asks for its formula
// and what its symbols mean. It covers the heading and the key when that
// card is there; else the key's lines make their own cards alone.
func (b *builder) legendKey(hn ast.Node, body []ast.Node) {
	owner := b.heads[len(b.heads)-1]
	for len(body) > 0 && isRule(body[len(body)-1]) {
		body = body[:len(body)-1] // a rule that ends a section parts it from the next
	}
	for k := len(b.cards) - 1; k >= 0 && b.cards[k].Pos.Line >= owner.line; k-- {
		c := &b.cards[k]
		if c.Pos.Line != owner.line || c.Kind != Basic || len(body) == 0 {
			continue
		}
		c.Back = asBlock(c.Back) + "<p>" + b.p.html(hn, 0, everything) + "</p>" + asBlock(b.p.cardHTML(b.p.blocksHTML(body)))
		b.cover(hn)
		b.cover(body...)
		return
	}
	b.cover(hn)
}

// legendBody makes the cards of body, the key under a legend heading (see
// legendHeading): a paragraph keys a symbol, "I = the net current", and
// leads in no list after it; each item of a list keys a symbol, written
// with "=" or with "is".
func (b *builder) legendBody(body []ast.Node, sc scope) {
	for _, n := range body {
		switch n := n.(type) {
		case *ast.Paragraph:
			b.paragraph(n, sc, false)
		case *ast.List:
			b.symbolIsKeys(n, sc)
			b.list(n, sc)
		default:
			b.blocks([]ast.Node{n}, sc)
		}
	}
}

// asBlock returns the HTML of an answer as blocks: a bare line in a
// paragraph, blocks as they are.
func asBlock(html string) string {
	for _, tag := range []string{"<p>", "<ul>", "<ol>", "<pre", "<table", "<blockquote", "<div"} {
		if strings.HasPrefix(html, tag) {
			return html
		}
	}
	return "<p>" + html + "</p>"
}

// whereKeys makes the cards of line r of n, a formula's key written as a
// sentence under the formula: "Where $Z_C$ is the impedance of the
// capacitor, $\omega$ is the angular velocity, and $C$ is the capacitance."
// asks each symbol for its meaning, as the items of a "where:" list do
// (symbolIsKeys). The line stays in the answer it is part of. A symbol
// its section keyed already asks nothing again: "where $m$ is the mass of
// the substance in grams" under one formula, "where $m$ is the mass of the
// substance" under the next, make one card.
func (b *builder) whereKeys(n ast.Node, r [2]int, sc scope) {
	b.keyParts(n, r, whereParts(b.p.src[r[0]:r[1]]), sc)
}

// keyLines makes the cards of line r of n, one line of a formula's key
// typed a symbol a line under a legend lead alone, "Where:" over "$u(t)$ is
// the control input" and "$e(t)$ is the error": each symbol asks for its
// meaning, as in a "where $u$ is …" sentence (whereKeys). It reports
// whether the line opens on a formula, a line of the key, so that the key
// goes on past a line that keys nothing, "$\epsilon_0=8.854\times
// 10^{-12}$ which is …".
func (b *builder) keyLines(n ast.Node, r [2]int, sc scope) bool {
	line := b.p.src[r[0]:r[1]]
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i == len(line) || line[i] != '$' {
		return false
	}
	b.keyParts(n, r, symbolParts(line, i), sc)
	return true
}

// legendLine reports whether line, a line of a paragraph, is a legend lead
// alone, "Where:", over the key typed a symbol a line (see keyLines).
func legendLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 || len(t) > len("in which:") {
		return false
	}
	return lookupLower(legendLeads, string(bytes.TrimRight(t, ":：")))
}

// keyParts makes the cards of parts of line r of n, each a symbol's span
// and its meaning's (see whereParts). A symbol its section keyed already
// asks nothing again.
func (b *builder) keyParts(n ast.Node, r [2]int, parts [][4]int, sc scope) {
	p := b.p
	for _, pt := range parts {
		front := p.html(n, r[0]+pt[0], r[0]+pt[1])
		key := sc.tag + "\x00" + front
		if b.keyed[key] {
			continue
		}
		if b.add(front, p.html(n, r[0]+pt[2], r[0]+pt[3]), Basic, p.line(r[0]), sc) {
			if b.keyed == nil {
				b.keyed = map[string]bool{}
			}
			b.keyed[key] = true
		}
	}
}

// whereVerbs are the words that part a symbol from its meaning in a
// formula's key written as a sentence.
var whereVerbs = []string{" is ", " are ", " = ", " represents ", " denotes ", " stands for "}

// whereJoins are the words that part one symbol's meaning from the next
// symbol in that sentence: "$V$ is the voltage, $I$ is the current and
// $R$ is the resistance".
var whereJoins = []string{", and ", ", ", " and ", "; "}

// whereParts returns the parts of line, a formula's key written as a
// sentence, "where $m$ is the mass and $a$ is the acceleration": for each
// symbol, or run of symbols sharing a meaning (see symbolRun), the offsets
// of the symbols and of their meaning. A line that opens
// otherwise, or whose first symbols are not followed by a verb ("where
// $p_1$ lies on the line"), has none; nor has a meaning that only says what
// kind of value the symbol holds ("where $c$ is a constant", "where $p_1$
// and $p_2$ are fixed").
func whereParts(line []byte) [][4]int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if len(line)-i <= len("where ") || line[i] != 'w' && line[i] != 'W' || !hasPrefixAt(line, i+1, "here ") {
		return nil
	}
	return symbolParts(line, i+len("where "))
}

// symbolParts returns the parts of line from i, a formula's key that names
// its first symbol there (see whereParts): "$m$ is the mass and $a$ is the
// acceleration", or a line of a key typed a symbol a line, "$F_w$ is cross
// section adjustment factor, and", whose last "and" joins the next line.
func symbolParts(line []byte, i int) [][4]int {
	var parts [][4]int
	for i >= 0 {
		lo, hi, ok := symbolRun(line, i)
		if !ok {
			break
		}
		v := whereVerbAt(line, hi)
		if v == 0 {
			break
		}
		gLo := hi + v
		gHi, next := len(line), -1
		for j := gLo; j < len(line) && next < 0; j++ {
			for _, w := range whereJoins {
				if hasPrefixAt(line, j, w) {
					if _, shi, ok := symbolRun(line, j+len(w)); ok && whereVerbAt(line, shi) > 0 {
						gHi, next = j, j+len(w)
					}
					break
				}
			}
		}
		gloss := line[gLo:gHi]
		for _, stop := range [][]byte{[]byte(", e.g."), []byte(" e.g."), []byte(". ")} {
			// "a real diagonal matrix. Moreover, …": the next sentence, or an
			// example, is no part of the symbol's meaning.
			if k := bytes.Index(gloss, stop); k > 0 {
				gloss = gloss[:k]
			}
		}
		gloss = bytes.TrimRight(gloss, " \t\r\n.,;")
		if next < 0 && bytes.HasSuffix(gloss, []byte(" and")) {
			gloss = bytes.TrimRight(gloss[:len(gloss)-len(" and")], " ,;")
		}
		if hasWordCharBytes(gloss) && !kindOfValue(string(gloss)) {
			parts = append(parts, [4]int{lo, hi, gLo, gLo + len(gloss)})
		}
		i = next
	}
	return parts
}

// maxKeySymbol bounds the source of a symbol keyed in a sentence, "$\frac{dI}{dt}$":
// a longer formula is a statement, not a symbol.
const maxKeySymbol = 24

// symbolRun returns the span of the symbols that start line at i, one
// (see symbolSpan) or several parted by commas or "and" before the verb
// they share: "$R_1$, $R_2$, $\dots$, $R_n$ are the resistances of the
// components" keys the four as one.
func symbolRun(line []byte, i int) (lo, hi int, ok bool) {
	lo, hi, ok = symbolSpan(line, i)
	for ok {
		j := whereJoinAt(line, hi)
		if j == 0 {
			break
		}
		_, next, more := symbolSpan(line, hi+j)
		if !more {
			break
		}
		hi = next
	}
	return lo, hi, ok
}

// symbolJoins part the symbols of a run that share one meaning's verb.
var symbolJoins = []string{", and ", ", ", " and "}

// whereJoinAt returns the length of the join of symbolJoins at line[i:],
// or 0.
func whereJoinAt(line []byte, i int) int {
	for _, w := range symbolJoins {
		if hasPrefixAt(line, i, w) {
			return len(w)
		}
	}
	return 0
}

// symbolSpan returns the span of the symbol that starts line at i: an
// inline formula "$…$", short and without a relation sign, or a letter or
// two in italics, "*m*", as notes type a symbol without a formula.
func symbolSpan(line []byte, i int) (lo, hi int, ok bool) {
	if i+2 >= len(line) || line[i+1] == line[i] || line[i+1] == ' ' {
		return 0, 0, false
	}
	switch line[i] {
	case '$':
		end := bytes.IndexByte(line[i+1:], '$')
		if end <= 0 || end > maxKeySymbol || bytes.ContainsAny(line[i+1:i+1+end], "=<>") {
			return 0, 0, false
		}
		return i, i + end + 2, true
	case '*', '_':
		end := bytes.IndexByte(line[i+1:], line[i])
		if end <= 0 || end > 2 || !isIdentifier(string(line[i+1:i+1+end])) {
			return 0, 0, false
		}
		return i, i + end + 2, true
	}
	return 0, 0, false
}

// whereVerbAt returns the length of the verb of whereVerbs at line[i:], or 0.
func whereVerbAt(line []byte, i int) int {
	for _, v := range whereVerbs {
		if hasPrefixAt(line, i, v) {
			return len(v)
		}
	}
	return 0
}

// valueKinds are the words that say only what kind of value a symbol
// holds, "where $n$ is an integer", "$c$ is a constant": no meaning to ask.
var valueKinds = map[string]bool{
	"constant": true, "integer": true, "real": true, "positive": true, "negative": true,
	"odd": true, "even": true, "fixed": true, "nonzero": true, "arbitrary": true,
}

// kindOfValue reports whether gloss, a symbol's meaning, is one word of
// valueKinds after its article, or one adjective alone, a condition on the
// symbol rather than its meaning: "where $U$ is unitary and $D$ is
// diagonal".
func kindOfValue(gloss string) bool {
	f := strings.Fields(strings.ToLower(gloss))
	if len(f) == 2 && (f[0] == "a" || f[0] == "an" || f[0] == "any") {
		return valueKinds[f[1]]
	}
	return len(f) == 1 && (valueKinds[f[0]] || adjectiveEnding([]byte(f[0])))
}

// hasMathMark reports whether line, a line's source, holds a formula's
// delimiter: "$", "\(" or "\[".
func hasMathMark(line []byte) bool {
	return bytes.IndexByte(line, '$') >= 0 || bytes.Contains(line, []byte(`\(`)) || bytes.Contains(line, []byte(`\[`))
}

// mathBefore reports whether the block before n ends with a line that
// holds a formula, "$$C=\frac{q}{V}$$" over the paragraph "Where $q$ is …".
func (p *parsed) mathBefore(n ast.Node) bool {
	prev := n.PreviousSibling()
	if prev == nil || prev.Type() != ast.TypeBlock || prev.Lines().Len() == 0 {
		return false
	}
	last := prev.Lines().At(prev.Lines().Len() - 1)
	return hasMathMark(p.src[last.Start:last.Stop])
}

// pairKeys makes the cards of head, an item's one line that keys a
// formula as pairs parted by commas, "Q = charges stored, V = voltage
// across cap, C = capacitance": each symbol asks for its meaning, as the
// lines of a "where:" key do (keyParts). A formula may open the line,
// "`X = 1 / (2pifC)`, f = frequency, C = capacitance"; the line itself
// still asks nothing (see moreAssignments).
func (b *builder) pairKeys(head ast.Node, sc scope) {
	if head.Lines().Len() != 1 {
		return
	}
	if seg := head.Lines().At(0); bytes.IndexByte(b.p.src[seg.Start:seg.Stop], '=') < 0 {
		return // the quick test, before the line's offsets are read
	}
	ls := b.p.lines(head)
	if len(ls) != 1 {
		return
	}
	if parts := pairParts(b.p.src[ls[0][0]:ls[0][1]]); parts != nil {
		b.keyParts(head, ls[0], parts, sc)
	}
}

// maxPairSymbol bounds a symbol keyed by a pair (see pairParts), "di/dt".
const maxPairSymbol = 8

// pairParts returns the parts of line, a formula's key typed as pairs
// "symbol = meaning" parted by commas (see keyParts): two pairs at least,
// or one after a formula in code or "$" that opens the line. Each symbol
// is one short token that opens on a letter, each meaning words (see
// isEqualsGloss): "R1 = d, R2 = c" states registers, "phi = 90, w = 2pif"
// values, and key nothing.
func pairParts(line []byte) [][4]int {
	if bytes.IndexByte(line, '=') < 0 || !bytes.Contains(line, []byte(", ")) {
		return nil // the quick test
	}
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	lead := false
	if i < len(line) && (line[i] == '`' || line[i] == '$') {
		end := bytes.IndexByte(line[i+1:], line[i])
		if end < 0 || !hasPrefixAt(line, i+end+2, ", ") {
			return nil
		}
		i, lead = i+end+2+len(", "), true
	}
	var parts [][4]int
	for i < len(line) {
		end := bytes.Index(line[i:], []byte(", "))
		if end < 0 {
			end = len(line) - i
		}
		seg := line[i : i+end]
		eq := bytes.IndexByte(seg, '=')
		if eq < 0 {
			return nil
		}
		sym := bytes.TrimSpace(seg[:eq])
		gLo := eq + 1
		for gLo < len(seg) && seg[gLo] == ' ' {
			gLo++
		}
		gloss := bytes.TrimRight(seg[gLo:], " .;")
		if len(sym) == 0 || len(sym) > maxPairSymbol || bytes.IndexByte(sym, ' ') >= 0 || !isASCIILetter(sym[0]) || !isEqualsGloss(gloss) {
			return nil
		}
		lo := i + bytes.Index(seg, sym)
		parts = append(parts, [4]int{lo, lo + len(sym), i + gLo, i + gLo + len(gloss)})
		i += end + len(", ")
	}
	if len(parts) < 2 && !lead {
		return nil
	}
	return parts
}
