package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// statementLead splits a line that opens with a statement's bold head, its
// kind with a number or a name, "**Theorem 2.2.** Let $x$ … $Ax = b$.",
// "**Theorem 2.7** Consider LP: $\min z$ …": the head is the term and the
// rest of the line its statement. A colon or the sign of a formula further
// on is the statement's own; split there, the line asked "Theorem 2.7
// Consider LP", or, a sign in math, made no card. A head of the kind alone
// that asks nothing, "**Definition.** A set $S$ is *bounded* if …", is a
// label, as "**Definition:**" is: the sentence after it defines its subject.
// head reports whether the split, or its absence, is the line's last word.
func (p *parsed) statementLead(n ast.Node, lo, hi int) (s split, ok, head bool) {
	first := n.FirstChild()
	for first != nil && !overlaps(p, first, lo, hi) {
		first = first.NextSibling()
	}
	e, isBold := first.(*ast.Emphasis)
	if !isBold || e.Level < 2 || e.NextSibling() == nil {
		return split{}, false, false
	}
	if start := p.startOf(e); start < lo || strings.Trim(string(p.src[lo:start]), "*_") != "" {
		return split{}, false, false
	}
	end := p.endOf(e)
	if end < 0 || end >= hi {
		return split{}, false, false
	}
	t := strings.TrimSpace(p.plain(n, lo, end))
	name, isHead := isStatementHead(t)
	if !isHead || name != "" {
		return split{}, false, false // "**Definition 1.11 Normal Subgroups**" is asked as before
	}
	if s, ok = p.boldLead(n, lo, hi); ok || strings.ContainsAny(t, "0123456789") {
		return s, ok, true
	}
	if strings.HasSuffix(t, ":") {
		return split{}, false, false // "**Definition:**" has its colon's split
	}
	defLo := end
	for defLo < hi && (p.src[defLo] == '*' || p.src[defLo] == '_' || p.src[defLo] == ' ') {
		defLo++
	}
	if defLo >= hi {
		return split{}, false, false
	}
	if d, ok := p.emphasisLead(n, defLo, hi, 1); ok {
		return d, true, true
	}
	if s, ok = p.verbSplit(n, p.lineView(n, defLo, hi), defLo, hi); ok {
		return s, true, true
	}
	return split{}, false, false // "… are called *basic variables*": the line's other splits may name it
}
