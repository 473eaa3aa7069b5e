package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxTitleLookback bounds how many paragraphs answersNoQuestion walks back
// for the bold title over a question: a run of questions under one title
// is short, and a long one costs no more than this per question.
const maxTitleLookback = 32

// answersNoQuestion reports whether next, the block after n, a paragraph
// that asks a question alone, cannot answer it. Book notes ask themselves
// questions among their points and title their parts with bold lines:
// "What is it that I want to accomplish in life?" over "Do I need this? Or
// is it really about ego?" over "**Become a Student**". A question answers
// no question, and a bold line is the next part's title when a bold line
// also titles the part the question is in; a bold line under a question
// with no such title above it ("What does DNA stand for?" over
// "**Deoxyribonucleic acid**") still answers it.
func (b *builder) answersNoQuestion(n, next ast.Node) bool {
	par, ok := next.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) == 1 && isQuestion(b.p.plain(par, ls[0][0], ls[0][1])) {
		return true
	}
	if !b.opensWithBoldLine(par) {
		return false
	}
	prev := n.PreviousSibling()
	for k := 0; prev != nil && k < maxTitleLookback; k++ {
		if _, ok := prev.(*ast.Heading); ok {
			return false // a part titled in bold ends at a heading
		}
		if pp, ok := prev.(*ast.Paragraph); ok {
			if pl := b.p.lines(pp); len(pl) == 1 {
				if _, bold := b.boldLine(pp, pl[0]); bold {
					return true
				}
			}
		}
		prev = prev.PreviousSibling()
	}
	return false
}

// gluedDashDef returns where the definition starts in rest, the text after
// a dash typed against its term in a glossary whose other lines space it,
// "Anaphase- during this phase …", "Active Site-The portion of the enzyme
// …", "Autotrophs-Organisms that use energy …", or -1. After a space, a
// small letter opens it, but for the words of a suspended hyphen ("pre-
// and post-war"); against the dash, a capital opens it, and the words are
// a definition's: an article or "This"/"These" first, or a relative word
// among the first three ("A disease that …"), which the second half of a
// compound ("Self-Esteem is …", "Vitamin-A deficiency causes …") lacks.
func gluedDashDef(rest []byte) int {
	if len(rest) < 3 {
		return -1
	}
	if rest[0] == ' ' {
		if !isLowerASCII(rest[1]) {
			return -1
		}
		w, _, _ := bytes.Cut(rest[1:], []byte(" "))
		if suspendedHyphenWords[string(w)] {
			return -1
		}
		return 1
	}
	if !isUpperASCII(rest[0]) {
		return -1
	}
	words := bytes.Fields(rest[:min(len(rest), 60)])
	if len(words) < 3 {
		return -1
	}
	if definitionOpeners[string(words[0])] {
		return 0
	}
	for _, w := range words[1:3] {
		if relativeWords[string(w)] {
			return 0
		}
	}
	return -1
}

// suspendedHyphenWords follow a hyphen that waits for its word's second
// half: "pre- and post-war", "first- or second-order", "short- to
// long-term".
var suspendedHyphenWords = map[string]bool{"and": true, "or": true, "to": true, "nor": true}

// definitionOpeners open a definition and never the second half of a
// hyphenated compound.
var definitionOpeners = map[string]bool{"The": true, "An": true, "This": true, "These": true}

// relativeWords follow the noun a definition opens with: "Organisms that
// use energy …", "A disease that occurs …", "Molecules which …".
var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "whose": true, "where": true}

// glossaryLookaround is how many lines above and below a line
// dashGlossaryAround reads.
const glossaryLookaround = 4

// dashGlossaryAround reports whether a line near the one at offset lo, up
// to glossaryLookaround lines away, defines a term after a spaced dash
// ("Alleles- One form of a gene.", "Abrasion – rocks rub") or glues it
// as gluedEntry reads, its list marker or bullet glyph left off: a
// glossary's run of entries, so a line among them that glues its dash is
// one of them.
func (p *parsed) dashGlossaryAround(lo int) bool {
	at := p.line(lo) - p.lineShift - 1
	for k := max(0, at-glossaryLookaround); k <= at+glossaryLookaround && k < len(p.lineStart); k++ {
		if k == at {
			continue
		}
		end := len(p.src)
		if k+1 < len(p.lineStart) {
			end = p.lineStart[k+1]
		}
		line := unmarkedLine(p.src[p.lineStart[k]:end])
		if _, ok := dashTermSep(line); ok || gluedEntry(line) {
			return true
		}
	}
	return false
}

// unmarkedLine returns line without its indentation and the list marker or
// bullet glyph that opens it: "- ", "* ", "+ ", "● ".
func unmarkedLine(line []byte) []byte {
	t := bytes.TrimLeft(line, " \t")
	if len(t) > 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return bytes.TrimLeft(t[2:], " ")
	}
	if r, w := utf8.DecodeRune(t); r != utf8.RuneError && strings.ContainsRune(bulletGlyphs, r) {
		return bytes.TrimLeft(t[w:], " ")
	}
	return t
}

// gluedEntry reports whether line opens with a glossary's entry whose dash
// is glued to its term, "Autoimmune disease-A disease that …": a term of
// letters and spaces opening with a capital, three to gluedTermLen bytes,
// then a dash and what gluedDashDef takes as a definition.
func gluedEntry(line []byte) bool {
	if len(line) < 4 || !isUpperASCII(line[0]) {
		return false
	}
	for i := 1; i < len(line) && i <= gluedTermLen; i++ {
		c := line[i]
		if isLetterASCII(c) || c == ' ' || c == '\'' {
			continue
		}
		return c == '-' && i >= 3 && isLetterASCII(line[i-1]) && gluedDashDef(line[i+1:]) >= 0
	}
	return false
}

// asksWithComma reports whether s, words joined by single spaces, is one
// question whose comma parts its clauses, as a reading guide asks them:
// "What is being said in detail, and how?", "Is the book true, in whole or
// part?". It opens with a question word or an auxiliary and ends with its
// only question mark; a comma in anything else still ends a term.
func asksWithComma(s string) bool {
	if !strings.HasSuffix(s, "?") || strings.Count(s, "?") != 1 {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	return lookupLower(whWords, first) || lookupLower(auxiliaries, first)
}
