package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// glossaryFenceLangs are the languages a fence of terms may be tagged
// with: a fence tagged with a programming or configuration language holds
// code, whose "key: value" lines are no terms.
var glossaryFenceLangs = map[string]bool{"": true, "text": true, "txt": true, "plain": true, "plaintext": true, "none": true}

// glossaryFence makes a card of each line of fence f when every line of
// it is a term, a colon and what the term means, as a student types a
// glossary in a block of code to keep its lines as typed:
//
//	```text
//	Unconditioned Stimulus (US): Triggers a response by itself
//	Conditioned Stimulus (CS): Once neutral, now triggers the response
//	```
//
// asks "Unconditioned Stimulus (US)" and answers "Triggers a response by
// itself". The terms must differ, so that a log's "ERROR: …" lines and a
// dialogue's turns are no glossary (see glossaryFenceLine for what a line
// must be). A line alone that opens with "#" titles the terms under it. It
// reports whether it made the cards.
func (b *builder) glossaryFence(f *ast.FencedCodeBlock, sc scope) bool {
	p := b.p
	if !glossaryFenceLangs[strings.ToLower(string(f.Language(p.src)))] {
		return false
	}
	type termLine struct {
		term, def string
		line      int
	}
	var terms []termLine
	segs := f.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		l := bytes.TrimRight(segValue(seg, p.src), " \t\r\n")
		if len(bytes.TrimSpace(l)) == 0 || keyTitle(l) {
			continue
		}
		term, def, ok := glossaryFenceLine(l)
		if !ok {
			return false
		}
		for _, t := range terms {
			if strings.EqualFold(t.term, term) {
				return false
			}
		}
		terms = append(terms, termLine{term, def, p.line(seg.Start)})
	}
	if len(terms) < 2 {
		return false
	}
	for _, t := range terms {
		if b.add(escapeText(t.term), escapeText(t.def), b.defKind(), t.line, sc) {
			b.coverLines(t.line, t.line)
		}
	}
	return true
}

// glossaryFenceLine splits line l of a fence into a term and what it
// means when the line reads as a glossary's: at the margin, a term of one
// to six words that opens with a letter, then ": " (or " :: ", a
// spaced-repetition plugin's separator), then a description of three words
// or more that opens with a letter or a digit. A term of one word is
// capitalised: "name: my app" is a setting; a label, "Note: …", is no term
// (see isTerm). Settings, headers and code
// fail: a term with "_", "=", "/", quotes or brackets of code, a header's
// "Content-Type", a description with "=", "{", "<", "@" or a closing ";".
func glossaryFenceLine(l []byte) (term, def string, ok bool) {
	if len(l) == 0 || l[0] == ' ' || l[0] == '\t' {
		return "", "", false
	}
	s := string(l)
	t, d, found := strings.Cut(s, " :: ")
	if !found {
		if t, d, found = strings.Cut(s, ": "); !found {
			return "", "", false
		}
	}
	t, d = strings.TrimSpace(t), strings.TrimSpace(d)
	words := countFields(t)
	if words == 0 || words > 6 || strings.ContainsAny(t, "_=/{}[]<>;$\"`'|:") || headerName(t) || !isTerm(t) {
		return "", "", false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLetter(first) || words == 1 && !unicode.IsUpper(first) {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(d)
	if countFields(d) < 3 || !unicode.IsLetter(r) && !unicode.IsDigit(r) || strings.ContainsAny(d, "={<@") || strings.HasSuffix(d, ";") {
		return "", "", false
	}
	return t, d, true
}

// headerName reports whether t is named as a header of HTTP or mail is,
// capitalised words joined by dashes: "Content-Type", "X-Forwarded-For".
func headerName(t string) bool {
	parts := strings.Split(t, "-")
	if len(parts) < 2 {
		return false
	}
	for _, w := range parts {
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || strings.ContainsRune(w, ' ') || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
