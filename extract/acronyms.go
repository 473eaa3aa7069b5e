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
// is a sentence among others. Under a heading that compares names, "##
// Docker RUN vs CMD vs ENTRYPOINT", a bullet that opens with one of them
// and its verb answers for it whatever follows: "- ENTRYPOINT configures a
// container …", "- RUN happens at build time. RUN executes …" (see
// comparedVerb).
func (p *parsed) acronymVerb(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if s, ok := p.comparedVerb(n, v, lo, hi); ok {
		return s, true
	}
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

// comparedVerb splits a bullet that opens with one of the names its
// section's heading compares and a verb in the present tense: under "##
// Docker COPY vs ADD", "- COPY takes in a src and destination. It only …"
// asks COPY for the rest of the line. A bullet that names two of them,
// "- COPY and ADD are both …", or opens with a word the heading does not
// compare, is left to the other rules.
func (p *parsed) comparedVerb(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if len(t) == 0 || t[0] < 'A' || t[0] > 'Z' {
		return split{}, false // the quick test
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok || n.Parent().FirstChild() != n {
		return split{}, false
	}
	sp := bytes.IndexByte(t, ' ')
	if sp < 0 {
		return split{}, false
	}
	for _, name := range p.comparedNames(n) {
		if len(name) >= len(t) || !bytes.HasPrefix(t, []byte(name)) || t[len(name)] != ' ' {
			continue
		}
		verb, _, ok := bytes.Cut(t[len(name)+1:], []byte(" "))
		if !ok || !presentVerb(verb) {
			return split{}, false
		}
		termHi, defLo := v.srcOff(len(name)), v.srcOff(len(name)+1)
		if termHi <= lo || defLo < 0 {
			return split{}, false
		}
		return split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: " "}, true
	}
	return split{}, false
}

// A sectionMemo holds the names the heading over the top-level block top
// compares (see comparedNames), the last block asked for.
type sectionMemo struct {
	top   ast.Node
	names []string
}

// comparedNames returns the names the heading of n's section compares,
// "Docker RUN vs CMD vs ENTRYPOINT" giving RUN, CMD and ENTRYPOINT (the
// first side's last word and the last side's first word, as words before
// or after them name what all sides are), or nil.
func (p *parsed) comparedNames(n ast.Node) []string {
	top := n
	for top.Parent() != nil && top.Parent().Type() != ast.TypeDocument {
		top = top.Parent()
	}
	if top == p.section.top {
		return p.section.names
	}
	var names []string
	for b := top.PreviousSibling(); b != nil; b = b.PreviousSibling() {
		if b == p.section.top {
			names = p.section.names
			break
		}
		if h, ok := b.(*ast.Heading); ok {
			names = versusSides(p.headingSource(h))
			break
		}
	}
	p.section = sectionMemo{top: top, names: names}
	return names
}

// versusSpellings writes each spelling of "vs" as versusSides splits at.
var versusSpellings = strings.NewReplacer(" vs. ", " vs ", " VS ", " vs ", " Vs ", " vs ", " versus ", " vs ")

// versusSides returns the sides of a heading that compares with "vs" or
// "versus", "Parameter Store vs Secrets Manager", each whole and, for the
// first and the last, their nearest word as well; nil without a "vs".
func versusSides(h string) []string {
	if !strings.ContainsAny(h, "vV") {
		return nil // the quick test: every spelling of "vs" holds a v
	}
	h = versusSpellings.Replace(strings.Trim(h, "*_ "))
	sides := strings.Split(h, " vs ")
	if len(sides) < 2 {
		return nil
	}
	names := make([]string, 0, len(sides)+2)
	for i, s := range sides {
		s = strings.TrimSpace(s)
		names = append(names, s)
		if f := strings.Fields(s); len(f) > 1 && i == 0 {
			names = append(names, f[len(f)-1])
		} else if len(f) > 1 && i == len(sides)-1 {
			names = append(names, f[0])
		}
	}
	return names
}
