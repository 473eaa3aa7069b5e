package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// chemText writes mhchem's formula s as a printed line shows it: the counts
// after an element lowered (H2SO4 is H₂SO₄); a charge raised, after a caret
// or at the end of a species without one (SO4^2-, NH4+, OH-, e- are SO₄²⁻,
// NH₄⁺, OH⁻, e⁻); a triple bond as its sign (HC#CH is HC≡CH); the dot of a
// hydrate, typed "." or "*" (CuSO4.5H2O is CuSO₄·5H₂O); "^oC" as °C; and an
// arrow with the reagent and the conditions written on it as \xrightarrow's
// labels are printed: "ROH ->[H3PO4][heat] alkene" is ROH —H₃PO₄, heat→ alkene.
func chemText(s string) string {
	s = chemArrows(strings.NewReplacer("^oC", "°C", "^{o}C", "°C").Replace(s))
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

// texPu matches mhchem's \pu{25 kJ mol-1}, a quantity and its units.
var texPu = regexp.MustCompile(`\\pu\s*\{([^{}]*)\}`)

// unitPower matches a unit's power written after it without a caret, as
// \pu writes it: "mol-1", "dm3".
var unitPower = regexp.MustCompile(`([A-Za-zµΩ])(-?[0-9]+)\b`)

// unitText writes the units of a \pu quantity with their powers raised:
// "25 kJ mol-1" is 25 kJ mol⁻¹; a number alone keeps its digits.
func unitText(s string) string {
	return unitPower.ReplaceAllStringFunc(s, func(m string) string {
		g := unitPower.FindStringSubmatch(m)
		return g[1] + raise(g[2], superscripts)
	})
}
