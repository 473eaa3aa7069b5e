package extract

import (
	"bytes"
	"slices"
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

// qualifierWords open the phrase that says where or in what a property
// holds, between a definition's term and its condition: "at" in "is
// **continuous** at $x_0$ if …", "on" in "**differentiable** on $(a,b)$
// iff …", "in" in "**open** in $X$ if …".
var qualifierWords = map[string]bool{"at": true, "on": true, "in": true, "over": true, "with": true,
	"for": true, "under": true, "relative": true, "along": true, "near": true}

// maxQualifierWords bounds the words of such a phrase: "with respect to
// the norm $\|\cdot\|$" is five.
const maxQualifierWords = 6

// conditionAfter returns the length of the qualifier that rest, the text
// right after a definition's term in emphasis, opens with before its
// condition, " at $x_0$" in " at $x_0$ if for every …": 0 when the
// condition follows the term at once, and ok false when no condition
// follows within a short phrase that opens with a qualifier word. A
// formula is one word, its commas its own.
func conditionAfter(rest []byte) (n int, ok bool) {
	if hasCondition(rest) {
		return 0, true
	}
	words, math := 0, false
	for i := 0; i < len(rest) && i < 200; i++ {
		switch c := rest[i]; {
		case c == '$':
			math = !math
		case math:
		case c == ',' || c == '.' || c == ';' || c == ':' || c == '(' && i == 0:
			return 0, false
		case c == ' ':
			if words == 0 {
				w, _, _ := bytes.Cut(rest[i+1:], []byte(" "))
				if !qualifierWords[string(w)] {
					return 0, false
				}
			} else if hasCondition(rest[i:]) {
				return i, true
			}
			if words++; words > maxQualifierWords {
				return 0, false
			}
		}
	}
	return 0, false
}

// conditionWords join a mathematical definition's term to its condition.
var conditionWords = []string{" if ", " iff ", " when ", " whenever ", " precisely when "}

// hasCondition reports whether rest opens with one of conditionWords.
func hasCondition(rest []byte) bool {
	for _, w := range conditionWords {
		if bytes.HasPrefix(rest, []byte(w)) {
			return true
		}
	}
	return false
}

// mathDefinition splits a line whose first separator is a sign inside a
// formula, which splits nothing, when it is a definition that sets its
// term in emphasis: "A group $G$ is **abelian** if $ab = ba$ …", "An
// element $x$ is called **nilpotent** if $x^n = 0$ …". Without it such a
// line made no card at all.
func (p *parsed) mathDefinition(n ast.Node, v view, lo, hi int) (split, bool) {
	if !bytes.ContainsAny(p.src[lo:hi], "*_") {
		return split{}, false // the quick test: no emphasis
	}
	if s, ok := p.verbSplit(n, v, lo, hi); ok && s.sep == "if" {
		return s, true
	}
	return p.calledTerm(n, lo, hi)
}

// namesVariable reports whether subject, the source of a sentence's
// subject, is a thing of a kind with the symbol it goes by, "A matrix $U$",
// "An operator $T$": the sentence states what holds of any such thing, "A
// matrix $U$ is an isometry iff its columns …", and defines no "matrix U".
func namesVariable(subject []byte) bool {
	t := bytes.TrimSpace(subject)
	return indefinite(t) && bytes.HasSuffix(t, []byte("$")) && bytes.Count(t, []byte(" ")) >= 2
}

// maxProofPreamble bounds the paragraphs between a statement's callout and
// the callout of its proof: "We all know this — but how to *prove* it? …"
// motivates the proof, and does not part it from its theorem.
const maxProofPreamble = 2

// statementBefore returns the block before the proof callout q that its
// proof proves, past a few paragraphs of prose: the previous sibling, or
// the first block before it that is not a paragraph.
func statementBefore(q ast.Node) ast.Node {
	prev := q.PreviousSibling()
	for k := 0; k < maxProofPreamble; k++ {
		if _, prose := prev.(*ast.Paragraph); !prose {
			break
		}
		prev = prev.PreviousSibling()
	}
	return prev
}

// proofStart returns the index of the block of body, the blocks under a
// heading titled text, that opens the proof of the statement the heading
// names: "#### Proposition 1.2 (…)" over the statement, "**Proof**:" and
// its steps. It returns 0 when the heading names no statement or body
// holds no proof after one. The heading asks for its statement; a proof is
// no answer to a theorem's name.
func (p *parsed) proofStart(text string, body []ast.Node) int {
	w, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	w = strings.ToLower(strings.TrimRight(w, ".:"))
	if !slices.Contains(statementKinds, w) && !kindsAbroad[w] {
		return 0
	}
	for k := 1; k < len(body); k++ {
		if _, ok := body[k].(*ast.Paragraph); ok && p.proofLabelFirst(body[k]) {
			return k
		}
	}
	return 0
}

// statementName returns the name in parentheses of a statement's heading,
// "Homomorphism" of "Definition 1.1 (Homomorphism)", or "".
func statementName(heading string) string {
	h := []byte(strings.TrimSpace(heading))
	lo, hi, ok := namedStatement(h)
	if !ok {
		return ""
	}
	return strings.TrimSpace(string(h[lo:hi]))
}
