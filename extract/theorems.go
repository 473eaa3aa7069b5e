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
	e, isBold := p.firstIn(n, lo, hi).(*ast.Emphasis)
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
	if w := strings.ToLower(strings.TrimRight(t, ".:")); lookupLower(proofTitles, w) || proofAbbreviations[w] && strings.HasSuffix(t, ".") {
		return split{}, false, true // "**Pf.** By reduction from …": a proof asks nothing
	}
	if nlo, nhi, named := namedStatement([]byte(t)); named && isHeadName([]byte(strings.TrimSpace(t[nlo:nhi]))) {
		if s, ok = p.boldLead(n, lo, hi); ok {
			return s, true, true // "**Proposition 2.1 (Cancellation).** If $ab = ac$ …": the sign is the statement's
		}
	}
	name, isHead := isStatementHead(t)
	if !isHead || name != "" {
		return split{}, false, false // "**Definition 1.11 Normal Subgroups**" is asked as before
	}
	if _, named := p.namedHeadLine(n, [2]int{lo, hi}); named {
		return split{}, false, true // "**Theorem 3.1** (Uniqueness)": a head, the statement under it
	}
	if strings.HasSuffix(t, ":") && !definitionHead(t) {
		// "**Thm:** Normality is preserved under conjugation" states a
		// fact: its colon's split asks the kind with what it sits under
		// (see kindOwners), where the verb's asked "Thm: Normality".
		return split{}, false, false
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
	if s, ok := p.namedFirst(n, defLo, hi); ok {
		return s, true, true // "**Def.** Post's Correspondence Problem. Does a given …"
	}
	if d, ok := p.emphasisLead(n, defLo, hi, 1); ok {
		return d, true, true
	}
	if s, ok = p.definedWord(defLo, hi); ok {
		return s, true, true // "**Definition.** A sequence is Cauchy if …" asks for Cauchy
	}
	if s, ok = p.verbSplit(n, p.lineView(n, defLo, hi), defLo, hi); ok {
		return s, true, true
	}
	if s, ok = p.boldCondition(n, defLo, hi); ok {
		return s, true, true // "**Definition.** Let $P$ be … A vector $x$ is an *extreme point* of $P$ if …"
	}
	if k := strings.ToLower(strings.TrimRight(t, ".")); k != "def" && k != "defn" && k != "definition" && p.src[defLo] == '$' {
		// "**Thm.** $PCP$ is undecidable.": a statement may open with
		// its formula; the kind is asked with its heading (kindOwners).
		termHi := end
		if p.src[termHi-1] == '.' {
			termHi--
		}
		return split{termLo: p.startOf(e), termHi: termHi, defLo: defLo, defHi: hi, sep: "**"}, true, true
	}
	return split{}, false, false // "… are called *basic variables*": the line's other splits may name it
}

// maxNameWords bounds the name that a statement's kind alone may put
// before its statement: "Post's Correspondence Problem".
const maxNameWords = 6

// namedFirst splits the text after a statement's kind alone, [lo, hi) of
// block n, that names the statement in a phrase of its own before it:
// "Post's Correspondence Problem. Does a given set of dominos have a
// possible match?" asks for the name. A formula in the phrase makes it a
// sentence: "Let $x$ be a basic solution. The variables …".
func (p *parsed) namedFirst(n ast.Node, lo, hi int) (split, bool) {
	t := p.src[lo:hi]
	k := bytes.Index(t, []byte(". "))
	if k <= 0 || bytes.ContainsAny(t[:k], "$*_`:;,") || countFields(string(t[:k])) > maxNameWords {
		return split{}, false
	}
	name := p.plain(n, lo, lo+k)
	if !isTerm(name) || !isTitleCase(name) {
		return split{}, false // "Every bounded sequence converges. …" states
	}
	return split{termLo: lo, termHi: lo + k, defLo: lo + k + 2, defHi: hi, sep: "."}, true
}

// qualifierWords open the phrase that says where or in what a property
// holds, between a definition's term and its condition: "at" in "is
// **continuous** at $x_0$ if …", "on" in "**differentiable** on $(a,b)$
// iff …", "in" in "**open** in $X$ if …", "of" in "an **upper bound** of $S$
// if …".
var qualifierWords = map[string]bool{"at": true, "on": true, "in": true, "of": true, "over": true, "with": true,
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
				if !qualifierWords[string(w)] && !qualifiersAbroad[string(w)] {
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

// mayHoldCondition reports whether t may hold one of conditionWords, each
// of which holds " if" or " when", or one of conditionsAbroad, each of
// which holds one of conditionHeads: the quick test of the rules that read
// a definition under a condition. It reads t once, testing the words after
// its spaces (a dozen searches for patterns opened by a space each stopped
// at nearly every word).
func mayHoldCondition(t []byte) bool {
	for i := 0; i+2 < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		r := t[i+1:]
		switch r[0] {
		case 'i':
			if r[1] == 'f' {
				return true // " if"
			}
		case 'w':
			if bytes.HasPrefix(r, []byte("when")) || bytes.HasPrefix(r, []byte("wenn ")) {
				return true
			}
		case 's', 'f', 'a', 'j', 'g', 'n', 'k':
			for _, w := range conditionHeads {
				if w[0] == r[0] && bytes.HasPrefix(r, []byte(w)) {
					return true
				}
			}
		}
	}
	return false
}

// A condMemo holds the quick test of boldMayHoldCondition for the line
// [lo, hi) of src tested last.
type condMemo struct {
	lo, hi int
	set    bool // lo and hi hold a line, ok its test
	ok     bool
}

// boldMayHoldCondition reports whether p.src[lo:hi] has an emphasis mark
// and may hold a condition (mayHoldCondition): the quick test of
// boldCondition and longSubjectIf, which a line that reaches both would
// otherwise read twice. The test of the last line is kept.
func (p *parsed) boldMayHoldCondition(lo, hi int) bool {
	if m := &p.cond; m.set && m.lo == lo && m.hi == hi {
		return m.ok
	}
	t := p.src[lo:hi]
	ok := hasEmphasisMark(t) && mayHoldCondition(t)
	p.cond = condMemo{lo: lo, hi: hi, set: true, ok: ok}
	return ok
}

// hasCondition reports whether rest opens with one of conditionWords.
func hasCondition(rest []byte) bool {
	for _, w := range conditionWords {
		if bytes.HasPrefix(rest, []byte(w)) {
			return true
		}
	}
	return hasConditionAbroad(rest)
}

// mathDefinition splits a line whose first separator is a sign inside a
// formula, which splits nothing, when it is a definition that sets its
// term in emphasis: "A group $G$ is **abelian** if $ab = ba$ …", "An
// element $x$ is called **nilpotent** if $x^n = 0$ …". Without it such a
// line made no card at all.
func (p *parsed) mathDefinition(n ast.Node, v view, lo, hi int) (split, bool) {
	if !hasEmphasisMark(p.src[lo:hi]) {
		return split{}, false // the quick test: no emphasis
	}
	if s, ok := p.verbSplit(n, v, lo, hi); ok && s.sep == "if" {
		return s, true
	}
	if s, ok := p.calledTerm(n, lo, hi); ok {
		return s, true
	}
	return p.boldCondition(n, lo, hi)
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

// boldCondition splits a definition whose subject is too long for
// verbSplit to read, the term set in emphasis after its verb and its
// condition after the term: "A subset $K$ of a metric space $(X, d)$ is
// **compact** if every open cover …", "A point $p \in A$ is called an
// **interior point** of $A$ if …". The term asks; the sentence answers.
func (p *parsed) boldCondition(n ast.Node, lo, hi int) (split, bool) {
	if !p.boldMayHoldCondition(lo, hi) {
		return split{}, false // the quick tests
	}
	if goesOnBelow(p.src[lo:hi]) {
		return split{}, false // "… are **independent** if … and if" over the list of conditions
	}
	for c := p.inlineFrom(n, lo); c != nil && p.startOf(c) <= hi; c = c.NextSibling() {
		e, ok := c.(*ast.Emphasis)
		if !ok {
			continue
		}
		start, end := p.startOf(e), p.endOf(e)
		if start < lo || end < 0 || end > hi {
			continue
		}
		if !verbBefore(bytes.TrimRight(p.src[lo:start], "*_")) {
			continue
		}
		for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
			end++
		}
		if _, ok := conditionAfter(p.src[end:hi]); !ok || !isTerm(p.plain(e, 0, everything)) {
			continue
		}
		if inner, ok := e.FirstChild().(*ast.Emphasis); ok && e.FirstChild() == e.LastChild() {
			e = inner // "***compact***": the term is the text inside both
		}
		return split{termLo: p.startOf(e), termHi: p.endOf(e), defLo: lo, defHi: hi, sep: "if"}, true
	}
	return split{}, false
}

// An inlineCursor is where boldCondition last began to read the inlines
// of block n for a line from lo: c, n's first child that ends at lo or
// later.
type inlineCursor struct {
	n, c ast.Node
	lo   int
}

// inlineFrom returns block n's first child that ends at lo or later, the
// first that may hold a term of the line from lo. It goes on from where the
// last call for n stopped when lo is no earlier, and boldCondition stops at
// the first child past the line, so the lines of a paragraph of 20,000
// "$H_0$ is rejected if …" cost its length once, not once a line.
func (p *parsed) inlineFrom(n ast.Node, lo int) ast.Node {
	m := &p.emph
	c := n.FirstChild()
	if m.n == n && m.c != nil && m.lo <= lo {
		c = m.c
	}
	for c != nil && p.endOf(c) < lo {
		c = c.NextSibling()
	}
	*m = inlineCursor{n: n, c: c, lo: lo}
	return c
}

// verbBefore reports whether before, the text of a line up to a term in
// emphasis, ends with the verb that predicates the term of the subject,
// and an article: "… is ", "… are ", "… is said to be ", "… is called an ".
func verbBefore(before []byte) bool {
	for _, a := range []string{"a ", "an ", "the "} {
		if bytes.HasSuffix(before, []byte(" "+a)) {
			before = before[:len(before)-len(a)]
			break
		}
	}
	for _, v := range []string{" is ", " are ", " be ", " called "} {
		if bytes.HasSuffix(before, []byte(v)) {
			return true
		}
	}
	return verbBeforeAbroad(before)
}

// goesOnBelow reports whether line, a definition's line, ends before its
// sentence does, with a conjunction or a colon that leads in to the lines
// under it: "… have positive probability and if", "… satisfying:".
func goesOnBelow(line []byte) bool {
	t := bytes.TrimRight(line, " \t")
	if bytes.HasSuffix(t, []byte(":")) {
		return true
	}
	w := t[bytes.LastIndexByte(t, ' ')+1:]
	switch string(w) {
	case "if", "iff", "when", "and", "or", "that", "where":
		return true
	}
	return false
}

// longSubjectIf is verbSplit for a line whose verb comes after more words
// than a term has: only a term in emphasis after the verb, with its
// condition, is defined there, "A subset $K$ of a metric space $(X, d)$
// is **compact** if …" (see definedIf).
func (p *parsed) longSubjectIf(n ast.Node, v view, lo, hi int) (split, bool) {
	if !p.boldMayHoldCondition(lo, hi) {
		return split{}, false // the quick tests: no emphasis, no condition
	}
	best, verb := firstVerb(v.text)
	if best < 0 || bytes.IndexByte(v.text[:best], 0) >= 0 {
		return split{}, false
	}
	defLo := p.afterOff(v, best+len(verb)-1)
	if v.srcOff(best) < 0 || defLo < 0 {
		return split{}, false
	}
	return p.definedIf(n, lo, defLo, hi)
}

// conditionsAbroad join a definition's term in emphasis to its condition in
// the other languages of Latin script, as conditionWords do in English:
// Spanish and French "si", German "wenn" and "falls" (after a comma, as
// German writes them), Italian and Portuguese "se", Dutch "als",
// Indonesian "jika" and "apabila", Polish "jeśli" and "gdy", Vietnamese
// "nếu" and "khi".
var conditionsAbroad = []string{
	" si ", ", si ", " wenn ", ", wenn ", " falls ", ", falls ", " se ", ", se ", " als ", ", als ",
	" jika ", " apabila ", " jeśli ", ", jeśli ", " gdy ", ", gdy ", " nếu ", " khi ",
}

// conditionHeads are the words of conditionsAbroad after their space, but
// "wenn ", which mayHoldCondition tests with "when".
var conditionHeads = []string{"si ", "falls ", "se ", "als ", "jika ", "apabila ", "jeśli ", "gdy ", "nếu ", "khi "}

// hasConditionAbroad reports whether rest opens with one of
// conditionsAbroad.
func hasConditionAbroad(rest []byte) bool {
	for _, w := range conditionsAbroad {
		if bytes.HasPrefix(rest, []byte(w)) {
			return true
		}
	}
	return false
}

// qualifiersAbroad open the phrase between a definition's term and its
// condition in the other languages, as qualifierWords do in English:
// "est dite **continue** en $a$ si …", "**stetig** in $x_0$, wenn …".
var qualifiersAbroad = map[string]bool{"en": true, "sur": true, "dans": true, "auf": true, "su": true,
	"em": true, "op": true, "na": true, "pada": true, "di": true}

// conditionCopulas end the words before a definition's term in emphasis in
// the other languages of Latin script, as " is " and " called " do in
// English: "Dos conjuntos son **iguales** si …", "Une fonction est dite
// **continue** si …", "Eine Funktion heißt **stetig**, wenn …", "Un
// gruppo si dice **abeliano** se …", "Relasi R disebut **refleksif**
// jika …".
var conditionCopulas = []string{
	" es ", " son ", " est ", " sont ", " dit ", " dite ", " dits ", " dites ", " ist ", " sind ",
	" heißt ", " heißen ", " è ", " sono ", " dice ", " é ", " são ", " dito ", " dita ", " zijn ",
	" heet ", " jest ", " są ", " adalah ", " disebut ", " là ",
}

// conditionArticles are the articles that may stand between such a verb and
// the term: "es un **grupo abeliano** si …", "ist eine **Gruppe**, wenn …".
var conditionArticles = []string{"un ", "una ", "uno ", "une ", "um ", "uma ", "ein ", "eine ", "een ",
	"el ", "la ", "le ", "il ", "lo ", "o ", "der ", "die ", "das ", "de ", "het "}

// verbBeforeAbroad is verbBefore for conditionCopulas and conditionArticles.
func verbBeforeAbroad(before []byte) bool {
	for _, a := range conditionArticles {
		if bytes.HasSuffix(before, []byte(" "+a)) {
			before = before[:len(before)-len(a)]
			break
		}
	}
	for _, v := range conditionCopulas {
		if bytes.HasSuffix(before, []byte(v)) {
			return true
		}
	}
	return false
}

// maxKindName bounds the words of the name a statement's heading gives
// after its kind: "Определение. Ранг (мелкость) разбиения." A longer rest
// is a statement of its own, not a name.
const maxKindName = 8

// kindNamedHeading returns the name of a heading that opens with the kind
// of a statement, its number if any, and a period, as Russian and
// Ukrainian lecture notes title every definition and theorem: "Определение.
// Интегральная сумма Римана." names "Интегральная сумма Римана", "Теорема 2.
// Критерий Коши" names "Критерий Коши". The kind asks nothing the next
// definition's kind does not; the name is what a student asks for. A proof's
// title and a rest that reads as a sentence (a comma, a colon, a question)
// name nothing.
func kindNamedHeading(text string) (string, bool) {
	kind, rest, ok := strings.Cut(text, ". ")
	if !ok || len(kind) > 40 {
		return "", false
	}
	if !isStatementTitle(kind) && !lookupLower(kindsAbroad, kind) {
		return "", false
	}
	if w, _, _ := strings.Cut(kind, " "); lookupLower(proofTitles, w) {
		return "", false
	}
	rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "."))
	if rest == "" || !hasWordChar(rest) || countFields(rest) > maxKindName || strings.ContainsAny(rest, ",;:?!。；：？！") || strings.Contains(rest, ". ") {
		return "", false
	}
	return rest, true
}

// cutKindTag takes the "#" off a heading's text and HTML that open with
// the kind of a statement typed as a tag, "## \#Theorem Eigenspaces and
// Subspaces" over "### \#Proof", as a vault tags every theorem for its
// search to find: the front showed the kind without its "#" (see
// leadingTag), the context of the cards under it with it, and "#Proof"
// titled no proof, so the proof's steps made cards.
func cutKindTag(text, html string) (string, string) {
	if !strings.HasPrefix(text, "#") || !strings.HasPrefix(html, "#") {
		return text, html
	}
	if kind, _, _ := strings.Cut(text[1:], " "); !isStatementTitle(kind) {
		return text, html
	}
	return text[1:], html[1:]
}

// cutKindName cuts the kind off a heading's text and its HTML when the
// heading names its statement (see kindNamedHeading). The HTML is cut at
// its own first period when what stands before it reads as the kind.
func cutKindName(text, html string) (string, string) {
	name, ok := kindNamedHeading(text)
	if !ok {
		return text, html
	}
	k := strings.Index(html, ". ")
	if k < 0 || strings.TrimSpace(stripTags(html[:k])) != strings.TrimSpace(text[:strings.Index(text, ". ")]) {
		return text, html
	}
	return name, strings.TrimSpace(strings.TrimRight(strings.TrimSpace(html[k+2:]), "."))
}

// definitionKinds are the words that open the bold head of a definition
// whose name follows the kind, not in parentheses: "**Def. Fano
// variety**", "**Definition: Calabi–Yau manifold**".
var definitionKinds = []string{"definition", "defn", "def"}

// namedKindLead returns the name a definition's bold head alone on one
// line gives the list under it: "Calabi--Yau mfds (CY)" of "**Def.
// Calabi--Yau mfds (CY)**", "Kähler manifold" of "**Definition (Kähler
// manifold)**". The properties listed are the definition; the head, kind
// and all, was no front ("Definition (Kähler manifold)"), or no card at
// all when its kind was abbreviated.
func (b *builder) namedKindLead(par ast.Node, ls [][2]int) (string, bool) {
	if len(ls) != 1 {
		return "", false
	}
	if !b.p.boldLine(b.p.line(ls[0][0])) {
		return "", false
	}
	t := strings.TrimRight(strings.TrimSpace(b.p.plain(par, ls[0][0], ls[0][1])), ".:")
	if lo, hi, ok := namedStatement([]byte(t)); ok && isHeadName([]byte(strings.TrimSpace(t[lo:hi]))) {
		return strings.TrimSpace(t[lo:hi]), true
	}
	word, name, ok := strings.Cut(t, " ")
	if !ok || !slices.Contains(definitionKinds, strings.ToLower(strings.TrimRight(word, ".:"))) {
		return "", false
	}
	name = strings.TrimLeft(name, " 0123456789.:") // "**Def 1: Group**"
	if first, _, _ := strings.Cut(name, " "); first == "of" || first == "for" || !isTerm(name) || countFields(name) > maxNameWords {
		return "", false // "**Def. of a group**" names no term
	}
	return name, true
}

// colonKindKey returns the front a card on line asked before the name of a
// statement's bold head with a colon after its kind asked: "Theorem 1:
// (One-Step Subgroup Test)" for "One-Step Subgroup Test" of
// "**Theorem 1: (One-Step Subgroup Test)**", so that the card keeps its
// identity; "" for any other line or front.
func (b *builder) colonKindKey(front string, line int) string {
	if !b.p.boldLine(line) {
		return ""
	}
	t := bytes.TrimSpace(b.p.lineText(line - 1 - b.p.lineShift))
	if bytes.IndexByte(t, ':') < 0 {
		return "" // the quick test
	}
	head := bytes.TrimRight(bytes.Trim(t, "*_ "), " .:")
	lo, hi, ok := namedStatement(head)
	if !ok || bytes.IndexByte(head[:lo], ':') < 0 || strings.TrimSpace(string(head[lo:hi])) != contextText(front) {
		return ""
	}
	return escapeText(string(head))
}
