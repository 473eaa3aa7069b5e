package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// acronymVerb splits a bullet that names an abbreviation and says what it
// does, without a separator: "- GDP measures the total output of an
// economy", "- CPI tracks the price of a basket of goods". The abbreviation
// asks for the rest of the line, verb first, as "Ribosome – builds
// proteins" does. Only a bullet's line, one sentence, with a verb in the
// present tense ("measures", not "does"), an object of two words or more
// that opens as an object does (see objectOpeners), and two capitals or more
// ("T1 wants to write" names a variable): in prose "NASA launches rockets."
// is a sentence among others.
func (p *parsed) acronymVerb(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	sp := bytes.IndexByte(t, ' ')
	if sp < 2 || sp > 6 || t[0] < 'A' || t[0] > 'Z' {
		return split{}, false // the quick test
	}
	letters := 0
	for _, c := range t[:sp] {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case !isDigit(rune(c)):
			return split{}, false
		}
	}
	if letters < 2 {
		return split{}, false // "T1 wants to write A": a name of a variable
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok || n.Parent().FirstChild() != n {
		return split{}, false
	}
	rest := bytes.TrimRight(t[sp+1:], " \t\n")
	verb, obj, ok := bytes.Cut(rest, []byte(" "))
	if !ok || !presentVerb(verb) || countFields(string(obj)) < 2 || bytes.ContainsAny(rest, "?:") || bytes.Contains(rest, []byte(". ")) {
		return split{}, false
	}
	if w, _, _ := bytes.Cut(obj, []byte(" ")); !objectOpeners[string(w)] {
		return split{}, false // "DNS services have …", "CDN costs could …": a noun in the plural
	}
	termHi, defLo := v.srcOff(sp), v.srcOff(sp+1)
	if termHi < 0 || defLo < 0 || termHi <= lo {
		return split{}, false
	}
	return split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: " "}, true
}

// objectOpeners are the words a verb's object or its complement opens with
// right after the verb: an article, a possessive or a preposition. After a
// noun in the plural that "DNS services" makes comes a verb ("have") or an
// adverb instead.
var objectOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "all": true,
	"on": true, "in": true, "to": true, "for": true, "with": true, "from": true, "by": true, "at": true, "into": true,
}

// presentVerb reports whether w, a word in lower case, reads as a verb in
// the third person of the present tense: four letters or more, ending in a
// single "s", and no auxiliary ("does", "goes on" are no gloss's verb).
func presentVerb(w []byte) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || bytes.HasSuffix(w, []byte("ss")) || bytes.HasSuffix(w, []byte("us")) || bytes.HasSuffix(w, []byte("is")) {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !lookupLower(clauseWords, string(w))
}

// expandsHeading reports whether the line of s, split at a dash, spells out
// the acronym of the heading right above its block: under "# ACT-r.",
// "> Adaptive Control of Thought - rational" names the model, and its dash
// is part of the name, no term's end. A rule or a quote's mark may stand
// between the heading and the line.
func (p *parsed) expandsHeading(n ast.Node, s split) bool {
	m := n
	if m.PreviousSibling() == nil {
		if q, ok := m.Parent().(*ast.Blockquote); ok {
			m = q
		}
	}
	prev := m.PreviousSibling()
	for prev != nil && prev.Kind() == ast.KindThematicBreak {
		prev = prev.PreviousSibling()
	}
	h, ok := prev.(*ast.Heading)
	if !ok {
		return false
	}
	acr := strings.ReplaceAll(strings.TrimRight(strings.TrimSpace(p.plain(h, 0, everything)), "."), "-", "")
	return spells(acr, p.plain(n, s.termLo, s.defHi))
}
