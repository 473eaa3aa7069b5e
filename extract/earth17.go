package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// bareLabelBlock reports whether n is a paragraph of one line that is a
// label alone, "Types:", waiting for the list under it: no answer to a
// bold term above it. "**Phenocryst**:" left blank over "Types:" and the
// list of textures asked "Phenocryst" with "Types:".
func (p *parsed) bareLabelBlock(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	l := par.Lines().At(0)
	return mayBeLabel(p.src[l.Start:l.Stop]) && bareLabel(p.plain(par, 0, everything))
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

// partOwner returns the name that a part's front, "Causes" of "**Causes:**"
// over its list, is asked with under owner, the heading above it. A
// geography case study's heading names the study and lists its parts:
// "Case study: Haiti earthquake 2010 – causes, effects, responses" asks
// "Haiti earthquake 2010: Causes", not the whole heading before the part
// it already lists. Any other owner is returned as it is.
func partOwner(owner, part string) string {
	name := caseStudyName(owner)
	for _, sep := range []string{" – ", " — ", " - "} {
		i := strings.LastIndex(name, sep)
		if i <= 0 {
			continue
		}
		if listsPart(name[i+len(sep):], part) {
			return strings.TrimSpace(name[:i])
		}
	}
	return name
}

// listsPart reports whether s is a list of two names or more, "causes,
// effects, responses" or "causes & effects", one of them part.
func listsPart(s, part string) bool {
	names := strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",", "/", ",").Replace(s), func(r rune) bool { return r == ',' })
	if len(names) < 2 {
		return false
	}
	found := false
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || countFields(n) > 3 {
			return false
		}
		found = found || strings.EqualFold(n, strings.TrimSpace(part))
	}
	return found
}
