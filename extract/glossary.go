package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// minGlossaryRun is the number of pairs in a row that make a glossary: one
// or two "short line over a sentence" paragraphs are ordinary prose.
const minGlossaryRun = 3

// glossaryPairs rewrites a glossary copied from Quizlet or a flashcard
// app, paragraphs of a term over its definition,
//
//	empiricism                                         empiricism: the view that knowledge …
//	the view that knowledge originates in experience   (blank)
//
// as the "Term: definition" lines a note writes by hand, one card each.
// Left as they were, the pairs were one answer of their heading, and a
// definition's own dash ("\"morphine within\" - natural, opiate-like …")
// split it in the wrong place. Only a run of at least minGlossaryRun such
// paragraphs, each of two lines, a short term (a few words, no end
// punctuation, no colon) over a line of text, is a glossary. The term keeps
// its line; the definition's line is left blank.
func glossaryPairs(body []byte) []byte {
	if !mayHoldGlossary(body) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	var run []int // the term lines of the pairs in a row so far
	flush := func() {
		if len(run) >= minGlossaryRun {
			for _, t := range run {
				term := bytes.TrimRight(lines[t], " \t\n")
				def := bytes.TrimSpace(lines[t+1])
				lines[t] = append(append(append(term[:len(term):len(term)], ": "...), def...), '\n')
				lines[t+1] = []byte("\n")
			}
			changed = true
		}
		run = run[:0]
	}
	for i := 0; i < len(lines); i++ {
		switch {
		case isBlank(lines[i]) && !code[i]:
		case glossaryPair(lines, code, i):
			run = append(run, i)
			i++
		default:
			flush()
		}
	}
	flush()
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// mayHoldGlossary reports, without allocating, whether body has
// minGlossaryRun paragraphs of two lines in a row, each a few words over a
// line: most notes have none, and are not split into lines for nothing.
func mayHoldGlossary(body []byte) bool {
	run := 0
	for off := 0; off < len(body); {
		end := bytes.Index(body[off:], []byte("\n\n"))
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		para := bytes.Trim(body[off:end], "\n")
		if nl := bytes.IndexByte(para, '\n'); nl > 0 && isATXHeading(para[:nl]) {
			para = para[nl+1:] // a glossary's first pair under its heading
		}
		if nl := bytes.IndexByte(para, '\n'); nl > 0 && bytes.IndexByte(para[nl+1:], '\n') < 0 && bytes.Count(para[:nl], []byte(" ")) < 8 {
			if run++; run >= minGlossaryRun {
				return true
			}
		} else if len(para) > 0 {
			run = 0
		}
		off = end + 2
	}
	return false
}

// glossaryPair reports whether lines[i] and the line under it are a
// paragraph of their own, a term over its definition: "structuralism" over
// "an early school of psychology that used introspection". The first pair
// of a unit may sit right under the unit's heading ("### Unit II" over
// "hindsight bias"), with no blank line between.
func glossaryPair(lines [][]byte, code []bool, i int) bool {
	if i+2 > len(lines) || code[i] || code[i+1] || (i > 0 && !isBlank(lines[i-1]) && !isATXHeading(lines[i-1])) {
		return false
	}
	if i+2 < len(lines) && !isBlank(lines[i+2]) {
		return false
	}
	return isGlossaryTerm(lines[i]) && isPlainLine(lines[i+1]) && !isBlank(lines[i+1])
}

// isGlossaryTerm reports whether line reads as a glossary's term: plain
// text of at most five words, with no colon and no end punctuation.
func isGlossaryTerm(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 || len(t) > 60 || len(bytes.Fields(t)) > 5 || !isPlainLine(line) {
		return false
	}
	if bytes.IndexByte(t, ':') >= 0 || bytes.ContainsRune(t, '：') {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ';', ',', ']', '\\':
		return false
	}
	return true
}

// isPlainLine reports whether line starts no block of its own: no heading,
// list item, quote, table, fence, HTML, setext underline or indented code.
func isPlainLine(line []byte) bool {
	if len(line) == 0 || line[0] == ' ' || line[0] == '\t' || lineTextStart(line) > 0 {
		return false
	}
	switch line[0] {
	case '#', '>', '|', '<', '`', '~', '[', '=', '-', '+', '*', '!', '{', '$', ':', '%':
		return false
	}
	return true
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
