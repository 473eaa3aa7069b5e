package extract

import (
	"bytes"
	"html"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// chemText writes mhchem's formula s as a printed line shows it: the counts
// after an element lowered (H2SO4 is H₂SO₄); a charge raised, after a caret
// or at the end of a species without one (SO4^2-, NH4+, OH-, e- are SO₄²⁻,
// NH₄⁺, OH⁻, e⁻); a triple bond as its sign (HC#CH is HC≡CH); the dot of a
// hydrate, typed "." or "*" (CuSO4.5H2O is CuSO₄·5H₂O); "^oC" as °C; and an
// arrow with the reagent and the conditions written on it as \xrightarrow's
// labels are printed: "ROH ->[H3PO4][heat] alkene" is ROH —H₃PO₄, heat→ alkene.
func chemText(s string) string {
	s = chemArrows(degreeMarks.Replace(s))
	rs := []rune(s)
	var b strings.Builder
	prev, charge, group := ' ', false, false
	for i, r := range rs {
		next := ' '
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		// species: what comes before r ends a species' formula, an
		// element's letter, its count or a bracket.
		species := unicode.IsLetter(prev) || unicode.Is(unicode.No, prev) || prev == ')' || prev == ']'
		switch {
		case r == '^':
			charge = true // "SO4^2-": a charge, raised
			continue
		case charge && r == '{' && !group:
			group = true // "O2^{2-}": a charge in braces, raised without them
			continue
		case group && r == '}':
			charge, group = false, false
			continue
		case charge && (r >= '0' && r <= '9' || r == '+' || r == '-'):
			b.WriteRune(superscripts[r])
			prev = r
			continue
		}
		charge = false
		switch {
		case r >= '0' && r <= '9' && species && prev != ']':
			r = subscripts[r]
		case (r == '+' || r == '-') && species && endsSpecies(next):
			r = superscripts[r] // "NH4+", "OH-": the charge of the species it ends
		case r == '#' && species && unicode.IsLetter(next):
			r = '≡'
		case (r == '.' || r == '*') && species && (next >= '0' && next <= '9' || unicode.IsUpper(next)):
			r = '·'
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// endsSpecies reports whether r, the rune after a "+" or "-" that follows a
// formula, ends the species, so that the sign is its charge: a space, the
// end of the formula (' '), a comma, a slash, a closing bracket or the
// arrow after an arrow's label ("->[H3O+]"). A sign before a letter is a
// bond ("R-OTs").
func endsSpecies(r rune) bool {
	switch r {
	case ' ', ',', ';', '/', ')', ']', '}', '→', '⇌', '↔', '⇄', '—':
		return true
	}
	return false
}

// chemArrowSigns are mhchem's arrows, longest first, and the signs they are
// printed as.
var chemArrowSigns = []struct{ arrow, sign string }{
	{"<-->", "⇄"}, {"<=>", "⇌"}, {"<->", "↔"}, {"->", "→"}, {"<-", "←"},
}

// chemArrows writes the arrows of mhchem's formula s as their signs; an
// arrow's labels in brackets, above and below ("->[H2SO4][heat]"), are
// written on it, "—H2SO4, heat→"; a leftward one points away from them,
// "←heat—". Empty brackets add nothing.
func chemArrows(s string) string {
	if !strings.ContainsAny(s, "<>") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		sign := ""
		for _, a := range chemArrowSigns {
			if strings.HasPrefix(s[i:], a.arrow) {
				sign = a.sign
				i += len(a.arrow)
				break
			}
		}
		if sign == "" {
			b.WriteByte(s[i])
			i++
			continue
		}
		var labels []string
		for k := 0; k < 2 && i < len(s) && s[i] == '['; k++ {
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				break
			}
			if l := strings.TrimSpace(s[i+1 : i+j]); l != "" {
				labels = append(labels, l)
			}
			i += j + 1
		}
		switch label := strings.Join(labels, ", "); {
		case label == "":
			b.WriteString(sign)
		case sign == "←":
			b.WriteString(sign + label + "—")
		default:
			b.WriteString("—" + label + sign)
		}
	}
	return b.String()
}

// texBond matches mhchem's \bond{=}, a bond drawn between two atoms.
var texBond = lazyRegexp(`\\bond\s*\{([^{}]*)\}`)

// bondSigns are the signs of mhchem's bonds a line of text can show; a
// tilde drawn beside a line is the line: "\bond{~-}" is "-", "\bond{~}"
// alone a wave, ∼.
var bondSigns = map[string]string{
	"-": "-", "1": "-", "~-": "-", "-~": "-", "=": "=", "2": "=", "~=": "=", "~--": "=", "-~-": "=",
	"#": "≡", "3": "≡", "~": "∼", "...": "⋯", "....": "⋯", "->": "→", "<-": "←",
}

// bondText writes each \bond of t as its sign, or leaves it out when it
// has none.
func bondText(t string) string {
	return texBond().ReplaceAllStringFunc(t, func(m string) string {
		return bondSigns[strings.TrimSpace(texBond().FindStringSubmatch(m)[1])]
	})
}

// texPu matches mhchem's \pu{25 kJ mol-1}, a quantity and its units.
var texPu = lazyRegexp(`\\pu\s*\{([^{}]*)\}`)

// unitPower matches a unit's power written after it without a caret, as
// \pu writes it: "mol-1", "dm3".
var unitPower = lazyRegexp(`([A-Za-zµΩ])(-?[0-9]+)\b`)

// unitText writes the units of a \pu quantity with their powers raised:
// "25 kJ mol-1" is 25 kJ mol⁻¹; a number alone keeps its digits.
func unitText(s string) string {
	return unitPower().ReplaceAllStringFunc(s, func(m string) string {
		g := unitPower().FindStringSubmatch(m)
		return g[1] + raise(g[2], superscripts)
	})
}

// isReactionArrow reports whether a line split at the arrow sep, term
// before it and def after it, is a reaction: a side is a sum of species,
// "2H2 + O2 → 2H2O", "CaCO3 → CaO + CO2", "Sodium + water -> sodium
// hydroxide + hydrogen". Its question keeps the arrow, "2H2 + O2 →": the
// reactants alone ("2H2 + O2") ask nothing. A "⇒" implies, it reacts
// nothing; a sum of findings, "Loss of smell + gonadal dysgenesis -->
// Kallmann syndrome", names no species and stays a cue. The side across
// the arrow from a sum is species too: "At most K distinct → use
// frequency + distinct counter" and "Dynamic expand + shrink mindset →
// generic mental template" pair a cue with its use, and ask "At most K
// distinct" and "Dynamic expand + shrink mindset".
func isReactionArrow(sep string, term, def []byte) bool {
	switch sep {
	case "→", "->", "-->", "⟶":
	default:
		return false
	}
	return isSpeciesSum(term) && (isSpeciesSum(def) || isSpecies(def)) ||
		isSpeciesSum(def) && isSpecies(term)
}

// sumCueArrow reports whether a line split at the arrow sep, term before it
// and def after it, holds a sum on one side that isReactionArrow no longer
// reads as a reaction: "At most K distinct → use frequency + distinct
// counter". Such a card was asked with its arrow, "At most K distinct →",
// and keeps that identity (see cueArrowKey).
func sumCueArrow(sep string, term, def []byte) bool {
	switch sep {
	case "→", "->", "-->", "⟶":
	default:
		return false
	}
	return isSpeciesSum(term) || isSpeciesSum(def)
}

// noteCueArrow records cue, the plain text of the term of the line at lo,
// and sep, the arrow after it, for cueArrowKey.
func (p *parsed) noteCueArrow(lo int, cue, sep string) {
	if p.cueArrows == nil {
		p.cueArrows = map[int][2]string{}
	}
	p.cueArrows[p.line(lo)] = [2]string{strings.TrimSpace(cue), sep}
}

// cueArrowKey returns the front a cue on line was asked with when its
// arrow stayed on it, front and the arrow as HTML shows it ("Dynamic
// expand + shrink mindset →"), or "" when sumCueArrow found no such line
// or front asks something else than its cue.
func (b *builder) cueArrowKey(front string, line int) string {
	if len(b.p.cueArrows) == 0 {
		return "" // most notes hold no such line: no lookup for each card
	}
	c, ok := b.p.cueArrows[line]
	if !ok || c[0] == "" || stripTags(front) != c[0] {
		return ""
	}
	return front + " " + html.EscapeString(c[1])
}

// isSpeciesSum reports whether side, one side of a reaction, is a sum of
// species: two or more parts between " + ", each a species (see isSpecies).
func isSpeciesSum(side []byte) bool {
	parts := bytes.Split(bytes.TrimSpace(side), []byte(" + "))
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if !isSpecies(part) {
			return false
		}
	}
	return true
}

// isSpecies reports whether part, a term of a reaction, names one species:
// a formula or a name of a word or two ("sodium hydroxide"), after its
// count ("2 NaOH"), and no key of a chord ("ctrl + X S -> save", see
// modifierKeys).
func isSpecies(part []byte) bool {
	f := bytes.Fields(part)
	if len(f) > 0 && digitsOnly(f[0]) {
		f = f[1:]
	}
	return len(f) > 0 && len(f) <= 2 && !modifierKeys[strings.ToLower(string(f[0]))]
}

// equilibriumSigns are the signs a reversible reaction is typed with outside
// math, between spaces.
var equilibriumSigns = []string{" ⇌ ", " <=> ", " ⇄ "}

// equilibriumSplit splits a line of v, block n's [lo, hi), that is a
// reversible reaction typed outside math, "CH3COOH ⇌ CH3COO− + H+", "N2 +
// 3H2 <=> 2NH3", as isReactionArrow's reactions are split: the reactants and
// the sign ask for the products. A line with a second sign is a chain of
// steps, left to its heading's card.
func (p *parsed) equilibriumSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	i, k := -1, 0
	for _, sign := range equilibriumSigns {
		if j := indexText(v.text, sign); j >= 0 {
			i, k = j, len(sign)
			break
		}
	}
	if i <= 0 || insideMath(v.text, i) {
		return split{}, false
	}
	term, def := v.text[:i], v.text[i+k:]
	if !isReactionArrow("→", term, def) || countFields(string(term)) > 8 || countFields(string(def)) > 10 {
		return split{}, false
	}
	for _, sign := range equilibriumSigns {
		if bytes.Contains(def, []byte(sign[1:len(sign)-1])) || bytes.Contains(def, []byte("→")) || bytes.Contains(def, []byte("->")) {
			return split{}, false
		}
	}
	s := split{termLo: lo, termHi: v.srcOff(i), defLo: p.afterOff(v, i+k-1), defHi: hi, sep: "⇌"}
	if s.termHi < 0 || s.defLo < 0 || !p.validSplit(n, s) {
		return split{}, false
	}
	s.termHi = s.defLo
	return s, true
}

// speciesTermRE matches a chemical species written with its counts and
// charge in math, as chemistry notes type an ion: "SO$_4^{2-}$",
// "Cu$^{2+}$", "H$_2$O", "NO$_3$$^-$". The letters are element symbols, a
// capital and at most one small letter each; the math holds scripts only.
var speciesTermRE = lazyRegexp(`^(?:[A-Z][a-z]?|[()0-9]|\$(?:[_^](?:\{[0-9A-Za-z+\-]{1,6}\}|[0-9A-Za-z+\-]))+\$)+$`)

// isSpeciesTerm reports whether term is a chemical species typed with math
// scripts (see speciesTermRE): "SO$_4^{2-}$ - BaCl$_2$" asks for sulfate's
// test, where the letters alone read as the word "so", which opens a
// clause, and "SO$_{4}$" as code.
func isSpeciesTerm(term string) bool {
	term = strings.TrimSpace(term)
	if !strings.Contains(term, "$_") && !strings.Contains(term, "$^") {
		return false // the quick test: no script in math
	}
	return len(term) <= 40 && speciesTermRE().MatchString(term)
}

// inFormula reports whether byte i of the line t lies inside a formula,
// between dollars or between "\(" and "\)": an mhchem arrow there,
// "$\ce{RO-OR ->[\Delta] .OR}$", is the formula's, no reagent arrow of
// the line.
func inFormula(t string, i int) bool {
	if insideMath([]byte(t), i) {
		return true
	}
	open := strings.LastIndex(t[:i], `\(`)
	return open >= 0 && open > strings.LastIndex(t[:i], `\)`) && strings.Contains(t[i:], `\)`)
}

// isBoldStep reports whether block n, whose bold term opens it before the
// rest def, is a step of a procedure: an item of a numbered list whose bold
// word is a verb of an instruction with its object after it, "1. **Rinse**
// the burette with the titrant", "3. **Balance** each half-reaction". The
// object opens with a determiner; a bold name glossed so ("**Mitochondria**
// the powerhouse of the cell") is a bullet's, not a numbered step's.
func isBoldStep(n ast.Node, term string, def []byte) bool {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok {
		return false
	}
	list, ok := item.Parent().(*ast.List)
	if !ok || !list.IsOrdered() || strings.ContainsAny(term, " -") {
		return false
	}
	w, _, _ := bytes.Cut(bytes.TrimSpace(def), []byte(" "))
	return stepObjects[string(w)]
}

// stepObjects are the determiners that open the object of an instruction,
// lower case as they follow its verb.
var stepObjects = map[string]bool{
	"the": true, "a": true, "an": true, "each": true, "every": true, "all": true,
	"both": true, "any": true, "your": true, "some": true,
}

// isWordLabel reports whether s, set under a sign, is a word or words of
// three letters or more, as a reaction names a species under its formula:
// "\underset{glucose}{C6H12O6}" prints C₆H₁₂O₆ (glucose), not
// "C₆H₁₂O₆_glucose" with half its letters lowered. A limit's variable,
// "\underset{x \to 0}{\lim}", is no word.
func isWordLabel(s string) bool {
	s = strings.TrimSpace(s)
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r != ' ':
			return false
		}
	}
	return letters >= 3
}

// reactionParts are the labels a chemistry note gives the parts of the
// reaction its heading names: "Reagent: aqueous NaOH", "Conditions: warm,
// reflux", "Catalyst: nickel", "Product: alcohol". Alone they ask nothing;
// askPartsWithOwner asks them with the reaction.
var reactionParts = map[string]bool{
	"reagent": true, "reagents": true, "reactants": true, "conditions": true, "catalyst": true,
	"product": true, "products": true, "equation": true, "solvent": true,
}

// degreeMarks writes a degree typed as a superscript o, "25^oC", as "25°C".
var degreeMarks = strings.NewReplacer("^oC", "°C", "^{o}C", "°C")
