package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
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
// paragraphs, each a short term (a few words, no end punctuation, no colon)
// over lines of text, is a glossary. A term over one line keeps its line and
// the definition's line is left blank; a term over several, as notes typed
// in a plain-text editor put a topic over its points,
//
//	Router
//	Moves data between two or more computer networks
//	Looks at IP addresses to send data to the proper networks
//
// gets the colon that makes it lead its lines in: "Router" asks for them.
func glossaryPairs(body []byte) []byte {
	if !mayHoldGlossary(body) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	var run [][2]int // the term lines of the entries in a row so far, and their numbers of lines of text
	flush := func() {
		if len(run) >= minGlossaryRun {
			for _, e := range run {
				t := e[0]
				term := bytes.TrimRight(lines[t], " \t\n")
				if e[1] > 1 {
					lines[t] = append(append(term[:len(term):len(term)], ':'), '\n')
					continue
				}
				def := bytes.TrimSpace(lines[t+1])
				lines[t] = append(append(append(term[:len(term):len(term)], ": "...), def...), '\n')
				lines[t+1] = []byte("\n")
			}
			changed = true
		}
		run = run[:0]
	}
	for i := 0; i < len(lines); i++ {
		switch k := glossaryEntry(lines, code, i); {
		case isBlank(lines[i]) && !code[i]:
		case k > 0:
			run = append(run, [2]int{i, k})
			i += k
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
// minGlossaryRun paragraphs of two lines or more in a row, each a few words
// over its lines: most notes have none, and are not split into lines for
// nothing.
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
		if nl := bytes.IndexByte(para, '\n'); nl > 0 && bytes.Count(para[:nl], []byte(" ")) < 8 {
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

// glossaryEntry returns how many lines of text lines[i] stands over as a
// paragraph of its own, a term over its definition: "structuralism" over
// "an early school of psychology that used introspection", or "Router"
// over the lines of its points; 0 when lines[i] opens no such paragraph. A
// term over several lines is words, no identifier ("INSERT INTO
// vacation_days" over the lines of its query), and the lines under the
// first, however indented, go on the paragraph, as the tab before
// "Frames are a maximum of 1500 bytes" does. The first entry of a unit may
// sit right under the unit's heading ("### Unit II" over "hindsight
// bias"), with no blank line between.
func glossaryEntry(lines [][]byte, code []bool, i int) int {
	if i+2 > len(lines) || code[i] || code[i+1] || (i > 0 && !isBlank(lines[i-1]) && !isATXHeading(lines[i-1])) {
		return 0
	}
	if !isGlossaryTerm(lines[i]) || !isPlainLine(lines[i+1]) || isBlank(lines[i+1]) {
		return 0
	}
	k := 1
	for i+k+1 < len(lines) && !isBlank(lines[i+k+1]) {
		if t := bytes.TrimLeft(lines[i+k+1], " \t"); code[i+k+1] || !isPlainLine(t) || isLowerASCII(t[0]) {
			return 0 // "We saw in class that" over "Theorem 3.1" and "is the key step.": one sentence
		}
		k++
	}
	if k > 1 && !isTopicLine(bytes.TrimSpace(lines[i])) {
		return 0
	}
	return k
}

// isTopicLine reports whether t, a glossary's term over several lines, may
// name a topic: words with a small letter, no identifier and no
// statement's head. "INSERT INTO vacation_days" over its query, the
// "START" of an Obsidian_to_Anki note over its fields and "Theorem 3.1"
// over its statement and proof are none.
func isTopicLine(t []byte) bool {
	return bytes.IndexByte(t, '_') < 0 && bytes.IndexFunc(t, unicode.IsLower) >= 0 && !isStatementHeadLine(t)
}

// isGlossaryTerm reports whether line reads as a glossary's term: plain
// text of at most five words, with no colon and no end punctuation. A line
// with a ";;", "What is odd parity?;;1", is a card of its own, the Spaced
// Repetition plugin's, with no term over the next line.
func isGlossaryTerm(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 || len(t) > 60 || len(bytes.Fields(t)) > 5 || !isPlainLine(line) {
		return false
	}
	if bytes.IndexByte(t, ':') >= 0 || bytes.ContainsRune(t, '：') || bytes.Contains(t, []byte(";;")) {
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

// unseparatedGlossary rewrites a glossary copied from a flashcard site
// whose separator was lost on the way, each term run into its definition
// with only a space, as the "Term: definition" lines a note writes by hand:
//
//	Homeostasis An organism's ability to maintain …  → Homeostasis: An organism's ability to maintain …
//	Cell Theory                                     → Cell Theory: A theory that states all things …
//	A theory that states all things are made of …   → (blank)
//
// A line is an entry when a few capitalised words, the term, are followed
// by "A", "An" or "The" opening the definition; a term alone on its line
// over a definition so opened is one too. Only a stretch of plain text, up
// to the heading, list or other block that ends it, holding minGlossaryRun
// entries or more is a glossary: "Vitamin A is fat soluble" in prose is a
// sentence. In a glossary, a definition may open with any capitalised word
// before a small one, "Tissue Any of the distinct types …" or "Sensory
// Receptors Receptors located throughout …", and those lines are entries
// too; other lines are left as they were.
func unseparatedGlossary(body []byte) []byte {
	if !mayHoldUnseparated(body) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	var run []glossaryEntryAt // the entries of the stretch so far
	flush := func() {
		strict := 0
		for _, e := range run {
			if e.strict {
				strict++
			}
		}
		if strict >= minGlossaryRun {
			for _, e := range run {
				l := lines[e.line]
				if e.cut < 0 {
					term := bytes.TrimRight(l, " \t\r\n")
					def := bytes.TrimSpace(lines[e.line+1])
					lines[e.line] = slices.Concat(term, []byte(": "), def, []byte("\n"))
					lines[e.line+1] = []byte("\n")
					continue
				}
				lines[e.line] = slices.Concat(l[:e.cut-1], []byte(": "), l[e.cut:])
			}
			changed = true
		}
		run = run[:0]
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if code[i] || !isBlank(l) && !isPlainLine(l) {
			flush()
			continue
		}
		if isBlank(l) {
			continue
		}
		if cut := glossaryCut(l, true); cut > 0 {
			run = append(run, glossaryEntryAt{line: i, cut: cut, strict: true})
		} else if cut = glossaryCut(l, false); cut > 0 {
			run = append(run, glossaryEntryAt{line: i, cut: cut})
		} else if i+1 < len(lines) && !code[i+1] && isPlainLine(lines[i+1]) && isGlossaryTermLine(bytes.TrimSpace(l)) {
			next := bytes.TrimSpace(lines[i+1])
			if strict := opensWithArticle(next); strict || opensDefinition(next) {
				run = append(run, glossaryEntryAt{line: i, cut: -1, strict: strict})
				i++
			}
		}
	}
	flush()
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// A glossaryEntryAt is an entry of a glossary whose separator was lost: its
// line, where its definition starts in it (-1: on the next line), and
// whether the definition opens with an article, as a glossary's entries are
// first told by.
type glossaryEntryAt struct {
	line, cut int
	strict    bool
}

// mayHoldUnseparated reports, without allocating, whether body has
// minGlossaryRun lines or more that run a term into a definition opened by
// an article, the quick test of unseparatedGlossary.
func mayHoldUnseparated(body []byte) bool {
	n := 0
	for off := 0; off < len(body); {
		end := bytes.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		if glossaryCut(body[off:end], true) > 0 {
			if n++; n >= minGlossaryRun {
				return true
			}
		}
		off = end + 1
	}
	return false
}

// glossaryCut returns where the definition starts in line, a glossary's
// entry whose term runs into it with only a space: after one to four
// capitalised words, a definition opened by an article ("Cell The basic
// unit of life."), or, when strict is false, by any capitalised word before
// a small one ("Organ Part of an organism"). It returns 0 when line is no
// such entry.
func glossaryCut(line []byte, strict bool) int {
	if len(line) == 0 || line[0] < 'A' || line[0] > 'Z' || !isPlainLine(line) {
		return 0
	}
	for i, words := 0, 0; i < len(line) && words <= 4; words++ {
		if words > 0 && (opensWithArticle(line[i:]) || !strict && opensDefinition(line[i:])) {
			return i
		}
		j := bytes.IndexAny(line[i:], " \t\r\n")
		if j < 0 || line[i+j] != ' ' || !isGlossaryWord(line[i:i+j]) {
			return 0
		}
		i += j + 1
	}
	return 0
}

// isGlossaryTermLine reports whether t, a line of its own, can be a
// glossary's term over its definition: one to four capitalised words,
// "Cell Theory".
func isGlossaryTermLine(t []byte) bool {
	n := 0
	for w := range bytes.SplitSeq(t, []byte(" ")) {
		if n++; n > 4 || !isGlossaryWord(w) {
			return false
		}
	}
	return n > 0
}

// isGlossaryWord reports whether w can be a word of a term that a
// definition follows with no separator: a capitalised word of letters,
// digits, hyphens or apostrophes ("Homeostasis", "DNA", "Non-living"),
// neither an article nor a word that opens or ends a clause ("If", "In").
func isGlossaryWord(w []byte) bool {
	if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' || isArticle(w) {
		return false
	}
	for _, c := range w {
		if !isASCIILetter(c) && !isDigit(rune(c)) && c != '-' && c != '\'' {
			return false
		}
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return true // longer than any word that opens or ends a clause
	}
	low := buf[:0]
	for _, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	return !notFirst[string(low)] && !notLast[string(low)] && !clauseWords[string(low)]
}

// opensWithArticle reports whether t opens with "A", "An" or "The" and a
// word in small letters that is no verb: "An educated guess …", not "A is
// fat soluble" (Vitamin A).
func opensWithArticle(t []byte) bool {
	art, rest, ok := bytes.Cut(t, []byte(" "))
	return ok && isArticle(art) && opensSmallWord(rest)
}

// opensDefinition reports whether t opens with a capitalised word and a
// word in small letters that is no verb, as a definition may: "Type of
// cells which …", "Receptors located throughout …".
func opensDefinition(t []byte) bool {
	w, rest, ok := bytes.Cut(t, []byte(" "))
	if !ok || len(w) == 0 || w[0] < 'A' || w[0] > 'Z' || isArticle(w) {
		return false
	}
	for _, c := range w {
		if !isASCIILetter(c) {
			return false
		}
	}
	return opensSmallWord(rest)
}

// opensSmallWord reports whether t opens with a word in small letters that
// is no verb such as "is" or "was".
func opensSmallWord(t []byte) bool {
	if len(t) == 0 || t[0] < 'a' || t[0] > 'z' {
		return false
	}
	next, _, _ := bytes.Cut(t, []byte(" "))
	return !clauseWords[string(bytes.TrimRight(next, ".,;:\r\n"))]
}

// isArticle reports whether w is "A", "An" or "The", the words a
// definition opens with.
func isArticle(w []byte) bool {
	return string(w) == "A" || string(w) == "An" || string(w) == "The"
}
