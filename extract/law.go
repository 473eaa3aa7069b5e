package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// caseNameWords are the lower-case words a case name may hold between its
// capitalised ones: "Pharmaceutical Society of Great Britain v Boots",
// "Ex parte Young", "Tywood Industries Ltd v St Anne-Nackawic Pulp & Paper".
var caseNameWords = map[string]bool{"v": true, "v.": true, "vs": true, "vs.": true, "of": true, "the": true,
	"and": true, "&": true, "for": true, "de": true, "du": true, "des": true, "la": true, "le": true,
	"von": true, "van": true, "der": true, "den": true, "ex": true, "parte": true, "rel.": true, "in": true,
	"re": true, "on": true, "upon": true, "at": true}

// isCaseTerm reports whether s, the text before a separator, names a law
// case: the name a student writes before what the case held, "Roe v. Wade:
// recognized a right …", "**Pharmaceutical Society of Great Britain v Boots
// Cash Chemists:** Boots was a self-serve pharmacy". Its "v." and "R.R."
// are abbreviations, not the end of a sentence, and a long party name is
// no clause: each word is a name (a capital or a digit first) or one of
// caseNameWords, up to 14 words outside brackets.
func isCaseTerm(s string) bool {
	if !hasVersus(s) || !isCaseName(s) {
		return false // the quick test: no "v", "v." or "vs" between spaces
	}
	outer := outsideBrackets(s)
	if strings.Count(outer, " ") > 13 || strings.HasSuffix(outer, ",") {
		return false
	}
	for w := range strings.SplitSeq(outer, " ") {
		w = strings.TrimSuffix(strings.Trim(w, "*_`"), ",")
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || isDigit(r) {
			continue
		}
		if !caseNameWords[w] {
			return false // "Smith v. Jones held that …" states what the case held
		}
	}
	return true
}

// caseLead asks a part of a case brief typed alone in bold over its
// points, "**Decision**" or "**Held**" under "### Case: Isildar v. Rideau
// Diving Supply", with its case, as "**Held:**" with a colon is (see
// leadFront): lead is the lead-in's plain text. It returns the new front
// and the bare one, the key that keeps the card's GUID (see Card.Key), or
// front and "" for a lead-in already asked with its owner, no part of a
// brief, or under no case.
func caseLead(front, lead string, sc scope) (string, string) {
	if !isBriefPart(lead) && !lookupLower(courtParts, lead) || contextText(front) != lead { // the part's name first: contextText builds a string
		return front, ""
	}
	o, ok := caseOf(sc.context())
	if !ok {
		return front, ""
	}
	return escapeText(cutCaseLabel(o)) + ": " + front, front
}

// isBriefPart reports whether label names a part of a case brief
// (briefParts), alone or after up to two words that qualify it: "Majority
// Decision Reasoning" and "Dissenting Opinion Reasoning" are the case's
// reasoning, "Court's Holding" its holding. A part after a preposition,
// "provision(s) at issue", is what the label is about, not the label.
func isBriefPart(label string) bool {
	if lookupLower(briefParts, label) {
		return true
	}
	i := strings.LastIndexByte(label, ' ')
	if i <= 0 || countFields(label) > 3 || !lookupLower(briefParts, label[i+1:]) {
		return false
	}
	before := strings.TrimSpace(label[:i])
	return !lookupLower(notLast, before[strings.LastIndexByte(before, ' ')+1:])
}

// laterBriefParts joined briefParts after decks had asked them bare, one
// question for every case: see bareBefore.
var laterBriefParts = map[string]bool{"opinion": true, "impact of the case": true, "year decided": true}

// bareBefore reports whether label, a part of a brief, was asked bare
// before it was read as one: a part after words that qualify it ("Majority
// Decision Reasoning", "Court Decision") or one of laterBriefParts, and no
// other aspect that was asked with its owner. Asked with its case now, it
// keeps the GUID of its bare front, so a deck imported again keeps its
// review history.
func bareBefore(label string) bool {
	return (!lookupLower(briefParts, label) || lookupLower(laterBriefParts, label)) && !otherAspect(label)
}

// otherAspect reports whether label is an aspect asked with its owner that
// is no part of a brief: "Sx", "At a glance", "Origin".
func otherAspect(label string) bool {
	return lookupLowerIn(label, aspects, glanceLabels, anatomyParts, revisionParts, topicAspects) || capsAspects[label]
}

// cutCaseLabel returns o, the level that names a case, without the label
// "Case:" that opens it: "### Case: Hamilton v. Kember, 2008 …" asks its
// issue "Hamilton v. Kember, 2008 …: Issue".
func cutCaseLabel(o string) string {
	if len(o) > len("case:") && strings.EqualFold(o[:len("case:")], "case:") {
		if rest := strings.TrimSpace(o[len("case:"):]); rest != "" {
			return rest
		}
	}
	return o
}

// courtParts name what the court decided, as "Decision" of briefParts
// does: "- Court Decision" over its points under "### Case: Hamilton v.
// Kember" is the case's (see caseLead). Asked bare before, they keep the
// GUID of their bare front.
var courtParts = map[string]bool{"court decision": true, "court's decision": true,
	"decision of the court": true, "court ruling": true, "ruling": true, "verdict": true}

// glanceLabels sum up the section they open: "**At a glance:** A valid
// offer is …" under "## Unilateral Contract", then again under "## Mistake"
// and four headings more. Asked bare, they are one question with six
// answers; aspectFront asks each with its heading. ("In short:" and "In
// brief:" open a sentence, as summaryOpeners do, and ask nothing.)
var glanceLabels = map[string]bool{"at a glance": true, "tl;dr": true, "tldr": true,
	"bottom line": true, "summary": true, "overview": true, "big picture": true, "gist": true,
	"main idea": true, "key idea": true}

// ownerContext returns context without a generic section title at its end,
// and whether it dropped one: "Facts" under "## Background" of "# Brown vs.
// Board of Education" is the case's facts, not the background's. A context
// of one level is kept as it is.
func ownerContext(context []string) ([]string, bool) {
	if n := len(context); n > 1 && lookupLower(sectionTitles, strings.TrimRight(context[n-1], ":：")) {
		return context[:n-1], true
	}
	return context, false
}

// caseHolding makes the card of a paragraph that names a case and tells its
// facts, over the list of what it held: "**Carlill v Carbolic Smoke Ball:**
// Carbolic sold a cure-all 'smoke ball' …" over "+ This case created the
// concept of a **Unilateral contract.**". The case asks for its facts and
// the list; the list's lines still make their own cards, asked as the
// case's. It reports whether par was such a paragraph; a list of other
// cases ("- Roe v. Wade: …") is no holding.
func (b *builder) caseHolding(par ast.Node, l *ast.List, ls [][2]int, sc scope) bool {
	p := b.p
	first := p.src[ls[0][0]:ls[0][1]]
	if !hasVersus(string(first)) || isTaskList(l) {
		return false // the quick test: no case's "v" on the first line
	}
	s, ok := p.splitLine(par, ls[0][0], ls[0][1])
	if !ok || !isCaseTerm(p.plain(par, s.termLo, s.termHi)) {
		return false
	}
	for _, r := range ls[1:] {
		if _, ok := p.splitLine(par, r[0], r[1]); ok {
			return false // "Rule: …" on a line of its own is the brief's part (see briefFront)
		}
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if h := itemHead(it); h != nil && h.Lines().Len() > 0 {
			seg := h.Lines().At(0)
			if t, ok := p.splitLine(h, seg.Start, seg.Stop); ok && isCaseName(p.plain(h, t.termLo, t.termHi)) {
				return false
			}
		}
	}
	term := strings.TrimSpace(p.plain(par, s.termLo, s.termHi))
	b.lastCase = term
	front := unwrapStrong(stripColon(p.html(par, s.termLo, s.termHi)))
	back := "<p>" + p.html(par, s.defLo, everything) + "</p>" + p.blocksHTML([]ast.Node{l})
	if b.add(front, back, b.defKind(), p.line(ls[0][0]), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[len(ls)-1][1]-1))
		b.cover(l)
	}
	b.list(l, sc.with(term))
	return true
}

// quotedDefinition reports whether t, a paragraph alone on its line, is a
// term and its colon over next, a quote that defines it, as course notes
// set a definition apart: "Débouter :" over "> Refuser d'accéder à une
// demande", "Inquisitoire :" over what the word means. A callout is no
// such quote: its title asks (see callout).
func (b *builder) quotedDefinition(next ast.Node, t string) bool {
	q, ok := next.(*ast.Blockquote)
	if !ok || !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	if _, callout := b.p.calloutTitle(q.FirstChild()); callout {
		return false
	}
	return isTerm(strings.TrimRight(t, " :："))
}

// withoutVersusDots returns outer, a term candidate's words, with the dot
// of "v." and "vs." dropped: "Flagrant trespasser v. other trespassers" and
// "Rules vs. standards" weigh one thing against another, and their dot
// ends no sentence.
func withoutVersusDots(outer string) string {
	if !strings.Contains(outer, "v. ") && !strings.Contains(outer, "vs. ") {
		return outer // the quick test
	}
	return caseVersus.Replace(outer)
}

// caseOf returns the innermost level of context that names a case: the
// owner of a brief's part, though a level between them names the court
// ("### Burger King v. Rudzewicz" over "- Supreme Court: Majority" over
// "- Issue: …" asks "Burger King v. Rudzewicz: Issue").
func caseOf(context []string) (string, bool) {
	for i := len(context) - 1; i >= 0; i-- {
		if isCaseName(context[i]) {
			return strings.TrimSpace(context[i]), true
		}
	}
	return "", false
}

// hasVersus reports whether s holds the "v" of a case's name as a word
// (" v ", " v. ", " vs ", " vs. "): the byte test before caseName's
// regexp, which a term such as "Solar wind velocity" never needs.
func hasVersus(s string) bool {
	for i := strings.Index(s, " v"); i >= 0; {
		rest := s[i+2:]
		rest = strings.TrimPrefix(rest, "s")
		rest = strings.TrimPrefix(rest, ".")
		if strings.HasPrefix(rest, " ") {
			return true
		}
		j := strings.Index(s[i+2:], " v")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// nameAbbreviations are the last words of a name whose full stop is their
// own: "Carlill v Carbolic Smoke Ball Co.", "Tywood Industries Ltd.".
var nameAbbreviations = map[string]bool{"co": true, "inc": true, "ltd": true, "corp": true,
	"bros": true, "jr": true, "sr": true, "plc": true, "llc": true}

// endsWithAbbreviation reports whether the full stop that ends t, the text
// of a bold run-in head, belongs to an abbreviation rather than ending the
// head: "**Palsgraf v. Long Island R.R.** (1928)" keeps "R.R." whole, as
// the case's briefs below ask "Palsgraf v. Long Island R.R.: Facts". The
// dots of a number are no abbreviation's: "**Theorem 2.4.**" ends its head.
func endsWithAbbreviation(t []byte) bool {
	if len(t) < 2 || t[len(t)-1] != '.' {
		return false
	}
	w := t[bytes.LastIndexByte(t, ' ')+1 : len(t)-1]
	return bytes.IndexByte(w, '.') > 0 && bytes.ContainsFunc(w, unicode.IsLetter) || nameAbbreviations[strings.ToLower(string(w))]
}

// ruleForCase reports whether term, the words before a colon, state a rule
// that def, what follows it, cites its case for, as a law outline lists
// the rules of a topic: "No special relationship = no duty: Harper v.
// Herman (boat dive shallow)", "Expand duty of care to unknown persons:
// Randi v. Muros (…)". The case name, up to its bracket, comma or
// semicolon, opens def; the rule is two to 12 words and no sentence.
func ruleForCase(term, def string) bool {
	name := def
	if k := strings.IndexAny(name, "(,;"); k >= 0 {
		name = name[:k]
	}
	if name = strings.TrimSpace(name); !isCaseTerm(name) {
		return false
	}
	n := countFields(term)
	return n >= 2 && n <= 12 && !strings.ContainsAny(term, ".;?!") && hasWordChar(term)
}

// caseVersus writes the "v." and "vs." of a case name without their stop.
var caseVersus = strings.NewReplacer(" v. ", " v ", " vs. ", " vs ")
